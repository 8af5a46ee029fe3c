# An uncaught exception group prints CPython's boxed traceback.

def parse(text):
    raise ValueError(f"bad value: {text!r}")


def collect(items):
    errors = []
    for item in items:
        try:
            parse(item)
        except ValueError as e:
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as e:
        errors.append(RuntimeError("lookup failed"))
        errors[-1].__cause__ = e
    inner = ExceptionGroup("inner problems", [TypeError("wrong type"), OSError("disk")])
    inner.add_note("inner note")
    errors.append(inner)
    raise ExceptionGroup("could not collect", errors)


print("start")
collect(["a", "b"])
