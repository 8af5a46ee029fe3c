# except* refuses exception groups and non-exception types at run time (TypeError).

def attempt(label, spec):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1)])
        except* spec:
            print(label, "matched")
    except TypeError as e:
        print(label, "->", e)
        print("   context:", repr(e.__context__))


attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("tuple with a group", (ValueError, ExceptionGroup))
attempt("int", int)
attempt("instance", ValueError())
attempt("tuple with a str", (ValueError, "x"))


class MyGroup(ExceptionGroup):
    pass


attempt("subclass", MyGroup)

# The type is checked even when nothing is left to match.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("handled")
    except* ExceptionGroup:
        print("never")
except TypeError as e:
    print("second clause ->", e)

# Plain except still catches groups.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    print("except catches", repr(e))
