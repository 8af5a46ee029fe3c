# An exception passed up through several frames, caught and re-raised at each.
trace = []

def level3(kind):
    if kind == 0:
        raise ValueError("bad value")
    if kind == 1:
        return {}["missing"]
    if kind == 2:
        return [1][5]
    if kind == 3:
        return 1 % 0
    if kind == 4:
        return int("x") + undefined_name
    return "ok" + 5

def level2(kind):
    try:
        return level3(kind)
    except LookupError as e:
        trace.append("l2:" + type(e).__name__)
        raise
    finally:
        trace.append("l2-finally")

def level1(kind):
    try:
        return level2(kind)
    except (ArithmeticError, ValueError) as e:
        trace.append("l1:" + type(e).__name__)
        raise RuntimeError("wrapped " + type(e).__name__) from e
    except Exception as e:
        trace.append("l1-generic:" + type(e).__name__)
        raise e

for kind in range(6):
    trace = []
    try:
        level1(kind)
    except RuntimeError as e:
        cause = e.__cause__
        print(kind, "RuntimeError", e, "| cause:", type(cause).__name__, cause)
    except LookupError as e:
        print(kind, type(e).__name__, e)
    except TypeError as e:
        print(kind, "TypeError", e)
    print("   trace:", trace)

def swallow_and_report():
    results = []
    for k in [3, 1, 5, 0]:
        try:
            level1(k)
        except BaseException as e:
            results.append(type(e).__name__)
    return results

print(swallow_and_report())
