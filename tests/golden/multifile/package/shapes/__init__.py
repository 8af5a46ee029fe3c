print("shapes/__init__ runs")
KINDS = ["flat", "solid"]


def describe():
    return "shapes: " + ", ".join(KINDS)
