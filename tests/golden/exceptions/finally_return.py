# finally runs on return; a return inside finally wins.
def early_return():
    try:
        return "from try"
    finally:
        print("finally on return")

print(early_return())

def override():
    try:
        return "try value"
    finally:
        return "finally value"

print(override())

def swallow():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally returned, exception gone"

print(swallow())

def return_value_computed_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)

print(return_value_computed_first())

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested_finally())

def finally_return_in_loop():
    for i in range(3):
        try:
            if i == 1:
                return "returned at " + str(i)
        finally:
            print("loop finally", i)
    return "not reached"

print(finally_return_in_loop())

def except_then_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("finally after except-return")

print(except_then_finally())
