# Context managers: exceptions in __enter__ and __exit__, suppression, the arguments __exit__ sees.
log = []


class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit

    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None} {ev!r}")
        if self.fail_exit:
            raise ValueError(f"{self.name} failed to exit")
        return self.suppress


def run(label, body):
    log.clear()
    try:
        result = body()
    except Exception as e:
        result = f"{type(e).__name__}: {e} (context: {type(e.__context__).__name__ if e.__context__ else None})"
    print(label, "->", result)
    for line in log:
        print("   ", line)


def plain():
    with CM("a") as v:
        log.append(f"body {v}")
    return "done"


def raises_in_body():
    with CM("a"):
        raise KeyError("k")


def suppressed():
    with CM("a", suppress=True):
        raise KeyError("k")
    return "after suppressed block"


def truthy_suppression():
    with CM("a", suppress="yes"):
        1 / 0
    return "suppressed by a truthy str"


def enter_fails():
    with CM("a", fail_enter=True):
        log.append("body never runs")


def exit_fails_cleanly():
    with CM("a", fail_exit=True):
        log.append("body ok")


def exit_fails_during_exception():
    with CM("a", fail_exit=True):
        raise KeyError("original")


def return_in_body():
    with CM("a"):
        return "returned from body"


def suppress_then_continue():
    out = []
    for i in range(3):
        with CM(f"loop{i}", suppress=True):
            if i == 1:
                raise IndexError(i)
            out.append(i)
    return out


def break_in_body():
    for i in range(5):
        with CM(f"b{i}"):
            if i == 1:
                break
    return i


for label, body in [("plain", plain), ("raises", raises_in_body), ("suppressed", suppressed),
                    ("truthy", truthy_suppression), ("enter fails", enter_fails),
                    ("exit fails", exit_fails_cleanly), ("exit fails in exc", exit_fails_during_exception),
                    ("return", return_in_body), ("loop", suppress_then_continue), ("break", break_in_body)]:
    run(label, body)


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        return False


for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


class ExitBadBool:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        class Bad:
            def __bool__(self):
                raise OSError("cannot decide")
        return Bad()


try:
    with ExitBadBool():
        raise KeyError("inner")
except OSError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
with ExitBadBool():
    print("no exception: __exit__ result ignored")
