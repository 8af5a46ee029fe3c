# Dispatch by name through globals(), and globals() seen from functions and classes.

def handle_add(a, b):
    return a + b


def handle_mul(a, b):
    return a * b


def dispatch(op, a, b):
    handler = globals().get("handle_" + op)
    if handler is None:
        raise LookupError(f"no handler for {op!r}")
    return handler(a, b)


print(dispatch("add", 2, 3), dispatch("mul", 2, 3))
try:
    dispatch("pow", 2, 3)
except LookupError as e:
    print(e)

# Handlers added at run time are found the same way.
globals()["handle_sub"] = lambda a, b: a - b
print(dispatch("sub", 10, 4))

# Registering classes by name.
registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


@register
class Alpha:
    pass


@register
class Beta(Alpha):
    pass


print(sorted(registry), globals()["Beta"] is Beta, issubclass(globals()["Beta"], Alpha))
print([name for name, value in globals().items() if isinstance(value, type)])

# A function-level global statement and the namespace agree.
def set_mode(m):
    global mode
    mode = m


set_mode("fast")
print(globals()["mode"], mode)
globals().update({"mode": "slow", "extra": 1})
print(mode, extra)
print(globals().pop("extra"), "extra" in globals())

# A module-level function rebound through globals() is what calls see.
def greet():
    return "hello"


def call_greet():
    return greet()


globals()["greet"] = lambda: "rebound"
print(call_greet())
