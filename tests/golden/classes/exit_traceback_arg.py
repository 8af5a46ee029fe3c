# The traceback object: __exit__'s third argument, e.__traceback__, sys.exc_info()[2].
import sys


class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees:", et.__name__ if et else None, tb is not None, type(tb).__name__)
        if tb is not None:
            print("  same object as __traceback__:", tb is ev.__traceback__)
            print("  tb_lineno of the raise:", tb.tb_lineno, tb.tb_next is None)
        return True


with Inspect():
    pass
with Inspect():
    raise KeyError("k")


def fail():
    raise ValueError("deep")


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("frames in traceback:", depth)
    print(sys.exc_info()[2] is e.__traceback__, sys.exc_info()[0].__name__)
e = RuntimeError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)
