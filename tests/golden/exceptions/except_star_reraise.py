# What is not handled, and what a clause re-raises, propagates as part of the original group.

def show(label, e):
    print(label, repr(e))


def partial():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("handled ValueError")


try:
    partial()
except ExceptionGroup as e:
    show("unhandled rest:", e)


def bare_reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* KeyError:
        print("handled KeyError")


try:
    bare_reraise()
except ExceptionGroup as e:
    # Re-raised and unhandled leaves keep the original's structure and order.
    show("re-raised:", e)


def nested_structure():
    try:
        raise ExceptionGroup(
            "top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), TypeError(4)]
        )
    except* ValueError:
        raise
    except* TypeError:
        pass


try:
    nested_structure()
except ExceptionGroup as e:
    show("structure kept:", e)


# Re-raised with metadata: cause and notes of the original survive.
def with_cause():
    try:
        g = ExceptionGroup("caused", [ValueError(1), TypeError(2)])
        g.add_note("note on the group")
        raise g from OSError("why")
    except* ValueError:
        raise


try:
    with_cause()
except ExceptionGroup as e:
    show("with cause:", e)
    print(repr(e.__cause__), e.__notes__)

# Everything handled: nothing propagates.
try:
    raise ExceptionGroup("done", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* TypeError:
    pass
print("all handled")
