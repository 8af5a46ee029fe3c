def check(items):
    return {"a": 1}[items[0]]


print("broken runs")
VALUE = check(["b"])
