# Objects that are not context managers, and errors inside __enter__.


class OnlyEnter:
    def __enter__(self):
        return 1


class OnlyExit:
    def __exit__(self, *a):
        return False


class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit must not run")


for obj in [5, "text", OnlyEnter(), OnlyExit(), None]:
    try:
        with obj:
            print("body ran")
    except TypeError as e:
        print(type(e).__name__, e)

try:
    with EnterFails():
        print("body must not run")
except RuntimeError as e:
    print("RuntimeError", e)

# The exception passed to __exit__ is the one raised, with its arguments.


class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print(t.__name__, v.args, isinstance(v, t))
        return True


with Inspect():
    raise ValueError("a", 2)
