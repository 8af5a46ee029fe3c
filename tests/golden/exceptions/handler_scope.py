# The "as" name is deleted at the end of the handler; the enclosing state survives.
def f():
    e = "before"
    try:
        raise ValueError("inside")
    except ValueError as e:
        print("in handler:", e)
    try:
        print(e)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return "done"

print(f())

def g():
    msg = None
    for i in range(3):
        try:
            if i % 2:
                raise KeyError(i)
            raise IndexError(i)
        except KeyError as exc:
            msg = "key " + str(exc)
        except IndexError as exc:
            msg = "index " + str(exc)
        print(i, msg)
    return msg

print(g())

err = None
try:
    [][1]
except IndexError as e:
    err = e
print(type(err).__name__, err)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

def nested_same_name():
    try:
        raise TypeError("outer")
    except TypeError as e:
        try:
            raise ValueError("inner")
        except ValueError as e:
            print("inner handler", e)
        try:
            print(e)
        except UnboundLocalError:
            print("e unbound after inner handler")
    return "ok"

print(nested_same_name())
