# Nested and multi-item with statements: order of enter/exit, partial entry, suppression scope.
log = []


class R:
    def __init__(self, name, suppress=(), fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter

    def __enter__(self):
        log.append(f"+{self.name}")
        if self.fail_enter:
            raise OSError(f"cannot open {self.name}")
        return self

    def __exit__(self, et, ev, tb):
        log.append(f"-{self.name}:{et.__name__ if et else ''}")
        return et is not None and issubclass(et, self.suppress)


def show(label, fn):
    log.clear()
    try:
        r = fn()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{label:18} {r!s:28} {' '.join(log)}")


def multi():
    with R("a") as a, R("b") as b, R("c") as c:
        log.append(f"body:{a.name}{b.name}{c.name}")
    return "ok"


def multi_inner_suppresses():
    with R("a"), R("b", suppress=(KeyError,)), R("c"):
        raise KeyError("x")
    return "continued"


def multi_outer_suppresses():
    with R("a", suppress=(KeyError,)), R("b"):
        raise KeyError("x")
    return "continued"


def not_suppressed():
    with R("a", suppress=(KeyError,)), R("b"):
        raise ValueError("v")


def middle_fails_to_enter():
    with R("a"), R("b", fail_enter=True), R("c"):
        log.append("never")


def outer_catches_inner_enter():
    with R("a", suppress=(OSError,)):
        with R("b", fail_enter=True):
            log.append("never")
    return "outer suppressed OSError"


def parenthesized():
    with (
        R("p") as p,
        R("q") as q,
    ):
        log.append(f"body:{p.name}{q.name}")
    return "ok"


def nested_reuse():
    r = R("same")
    with r:
        with r:
            log.append("twice")
    return "reentered"


def exception_in_exit_chain():
    class Boom(R):
        def __exit__(self, et, ev, tb):
            super().__exit__(et, ev, tb)
            raise RuntimeError(f"boom in {self.name} (was {et.__name__ if et else None})")

    with R("outer"), Boom("inner"):
        raise KeyError("first")


def target_unpacking():
    class Pair:
        def __enter__(self):
            return (1, [2, 3])

        def __exit__(self, *a):
            log.append("pair exit")

    with Pair() as (x, [y, z]):
        log.append(f"{x}{y}{z}")
    return x + y + z


def generator_with():
    def gen():
        with R("g"):
            yield 1
            yield 2

    g = gen()
    first = next(g)
    log.append("paused")
    g.close()
    return first


for label, fn in [("multi", multi), ("inner suppresses", multi_inner_suppresses),
                  ("outer suppresses", multi_outer_suppresses), ("not suppressed", not_suppressed),
                  ("enter fails", middle_fails_to_enter), ("outer catches", outer_catches_inner_enter),
                  ("parenthesized", parenthesized), ("reuse", nested_reuse),
                  ("exit raises", exception_in_exit_chain), ("unpack target", target_unpacking),
                  ("generator", generator_with)]:
    show(label, fn)
