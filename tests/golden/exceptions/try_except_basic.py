# Catching built-in exceptions raised by operations and by raise.
def attempt(label, fn):
    try:
        result = fn()
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError", e)
    except (KeyError, IndexError) as e:
        print(label, "lookup", type(e).__name__, e)
    except ValueError as e:
        print(label, "ValueError", e)
    except TypeError as e:
        print(label, "TypeError", e)
    else:
        print(label, "ok", result)

attempt("div", lambda: 10 // 0)
attempt("mod", lambda: 10 % 0)
attempt("key", lambda: {"a": 1}["b"])
attempt("idx", lambda: [1, 2][2])
attempt("int", lambda: int("x1"))
attempt("add", lambda: 1 + None)
attempt("good", lambda: 6 * 7)

def raiser(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise TypeError
    if kind == 3:
        raise KeyError("missing")
    if kind == 4:
        raise IndexError(4, "four")
    return "no error"

for k in range(5):
    attempt("raiser" + str(k), lambda: raiser(k))
try:
    raise ValueError("direct")
except ValueError:
    print("caught without binding")
try:
    raise ArithmeticError("base of zero division")
except ZeroDivisionError:
    print("wrong handler")
except ArithmeticError as e:
    print("ArithmeticError:", e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not this one")
except TypeError as e:
    print("propagated to outer:", e)
try:
    x = 1
except ValueError:
    print("never")
print("x =", x)
