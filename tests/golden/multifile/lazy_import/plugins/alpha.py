print("alpha plugin loaded")
calls = 0


def run():
    global calls
    calls += 1
    return f"alpha run #{calls}"
