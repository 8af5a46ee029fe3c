debug = False
levels = ["info", "warning"]
total = 0


def report():
    extra = new_attr
    return f"debug={debug} levels={levels} extra={extra}"


def incr(n):
    global total
    total += n


def __getattr__(name):
    if name.startswith("lazy_"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
