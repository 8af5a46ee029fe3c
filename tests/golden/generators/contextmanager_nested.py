# Generator-based context managers combined: nesting, ExitStack, closing, suppress.
from contextlib import ExitStack, closing, contextmanager, suppress

events = []


@contextmanager
def step(name, fail_on_exit=False):
    events.append(f"+{name}")
    try:
        yield name
    except Exception as e:
        events.append(f"!{name}:{type(e).__name__}")
        raise
    finally:
        events.append(f"-{name}")
        if fail_on_exit:
            raise OSError(f"{name} exit failed")


with step("a") as a, step("b") as b:
    events.append(f"body {a}{b}")
print(events)

# An exception unwinds the managers innermost first.
events.clear()
try:
    with step("outer"):
        with step("inner"):
            raise LookupError("deep")
except LookupError as e:
    print("caught", e)
print(events)

# A failing exit replaces the exception in flight; the original becomes __context__.
events.clear()
try:
    with step("x"), step("y", fail_on_exit=True):
        raise ValueError("original")
except OSError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
print(events)

# ExitStack entering a variable number of generator-based managers.
events.clear()
with ExitStack() as stack:
    names = [stack.enter_context(step(f"s{i}")) for i in range(3)]
    events.append(f"all entered {names}")
print(events)

events.clear()
try:
    with ExitStack() as stack:
        for i in range(3):
            stack.enter_context(step(f"t{i}"))
        raise KeyError("stacked")
except KeyError as e:
    print("stack propagated", e)
print(events)

# ExitStack with callbacks interleaved.
events.clear()
with ExitStack() as stack:
    stack.callback(events.append, "callback 1")
    stack.enter_context(step("mid"))
    stack.callback(events.append, "callback 2")
print(events)


# closing() calls a generator's close(), running its finally.
def lines():
    try:
        yield "line 1"
        yield "line 2"
        yield "line 3"
    finally:
        print("lines closed")


with closing(lines()) as it:
    for line in it:
        print(line)
        if line.endswith("2"):
            break
    print("still inside with")
print("after with")

# suppress() around generator consumption.
def risky():
    yield 1
    raise ZeroDivisionError("in generator")


got = []
with suppress(ZeroDivisionError):
    for v in risky():
        got.append(v)
print("suppressed, got", got)


# A generator context manager that yields a generator.
@contextmanager
def numbered(items):
    def gen():
        for i, x in enumerate(items, 1):
            yield f"{i}. {x}"

    g = gen()
    try:
        yield g
    finally:
        g.close()
        print("numbered done")


with numbered(["milk", "eggs", "bread"]) as entries:
    print(next(entries))
    print(next(entries))
