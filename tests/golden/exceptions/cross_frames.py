# Exceptions unwinding through several frames, running finally blocks.
trace = []

def level3(n):
    trace.append("enter3")
    try:
        if n == 0:
            raise ValueError("bottom of the stack")
        return 100 // n
    finally:
        trace.append("finally3")

def level2(n):
    trace.append("enter2")
    try:
        return level3(n) + 1
    finally:
        trace.append("finally2")

def level1(n):
    trace.append("enter1")
    try:
        return level2(n) * 2
    except ZeroDivisionError:
        trace.append("level1 handled zero")
        return -1
    finally:
        trace.append("finally1")

print(level1(5), trace)
trace = []
try:
    level1(0)
except ValueError as e:
    print("main caught:", e)
print(trace)

def recurse(n):
    try:
        if n == 0:
            raise KeyError("depth reached")
        recurse(n - 1)
    finally:
        print("unwinding", n)

try:
    recurse(4)
except KeyError as e:
    print("caught", e)

def catch_midway(n):
    if n == 0:
        raise IndexError("deep")
    if n == 2:
        try:
            catch_midway(n - 1)
        except IndexError as e:
            print("caught at n=2:", e)
            return "recovered"
    return catch_midway(n - 1)

print(catch_midway(5))
