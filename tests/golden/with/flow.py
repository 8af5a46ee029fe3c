# break, continue and return leave a with block through __exit__(None, None, None).


class Logged:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("  enter", self.label)
        return self.label

    def __exit__(self, t, v, tb):
        print("  exit", self.label, t is None)
        return False


def first_even(values):
    for v in values:
        with Logged(f"check {v}"):
            if v % 2:
                continue
            return v
    return None


print(first_even([1, 3, 4, 5]))

for i in range(5):
    with Logged(f"loop {i}"):
        if i == 2:
            break
print("broke out")

i = 0
while True:
    with Logged("while"):
        i += 1
        if i < 3:
            continue
        break
print("i =", i)


def nested_finally():
    try:
        with Logged("in try"):
            return "from with"
    finally:
        print("  finally runs after exit")


print(nested_finally())


def exit_raises():
    class Bad:
        def __enter__(self):
            return None

        def __exit__(self, *a):
            raise ValueError("from exit")

    try:
        with Bad():
            return 1
    except ValueError as e:
        return f"caught {e}"


print(exit_raises())


def exit_replaces_exception():
    class Replace:
        def __enter__(self):
            return self

        def __exit__(self, t, v, tb):
            raise TypeError(f"replaced {t.__name__}")

    try:
        with Replace():
            raise KeyError("original")
    except TypeError as e:
        print("caught", e, "context:", repr(e.__context__))


exit_replaces_exception()
