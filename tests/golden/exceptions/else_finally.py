# Execution order of try / except / else / finally.
def run(mode):
    print("--", mode)
    try:
        print("try body")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "other":
            raise KeyError("k")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

run("ok")
run("raise")
try:
    run("other")
except KeyError as e:
    print("outer caught", repr(e))

def else_raises():
    try:
        pass
    except ValueError:
        print("not reached: else errors are not caught by this try")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else raised")

try:
    else_raises()
except ValueError as e:
    print("caught", e)

def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second")
    finally:
        print("finally sees it pass")

try:
    handler_raises()
except TypeError as e:
    print("caught", e)

def finally_raises():
    try:
        raise ValueError("lost")
    finally:
        raise RuntimeError("replaces")

try:
    finally_raises()
except RuntimeError as e:
    print("caught", e)
except ValueError:
    print("not this one")
try:
    print("try-finally without except")
finally:
    print("finally without except")
