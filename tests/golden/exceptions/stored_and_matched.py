# Exceptions stored in containers, raised later, matched by tuples of classes.
errors = [ValueError("v"), KeyError("k"), IndexError(3), ZeroDivisionError("z"), TypeError("t"), RuntimeError("r"),
          NotImplementedError("n"), RecursionError("deep"), OverflowError("o"), StopIteration(7), AttributeError("a")]
groups = {"lookup": 0, "arith": 0, "runtime": 0, "other": 0}
for err in errors:
    try:
        raise err
    except (KeyError, IndexError) as e:
        groups["lookup"] += 1
        print("lookup", type(e).__name__, e is err)
    except (ArithmeticError,) as e:
        groups["arith"] += 1
        print("arith", type(e).__name__, repr(e))
    except RuntimeError as e:
        groups["runtime"] += 1
        print("runtime", type(e).__name__, str(e))
    except Exception as e:
        groups["other"] += 1
        print("other", type(e).__name__, e.args)
print(groups)
classes = [ValueError, LookupError, ArithmeticError, Exception]
def raise_kind(i):
    raise classes[i % len(classes)]("made " + str(i))
seen = []
for i in range(6):
    try:
        raise_kind(i)
    except classes[i % 2] as e:
        seen.append("matched " + type(e).__name__)
    except BaseException as e:
        seen.append("fallback " + type(e).__name__)
print(seen)
handlers = (TypeError, ValueError)
try:
    int("oops")
except handlers as e:
    print("tuple variable matched:", e)
pending = []
for i in range(3):
    try:
        [][i]
    except IndexError as e:
        pending.append(e)
print(len(pending), str(pending[0]))
try:
    raise pending[1]
except IndexError as e:
    print("re-raised stored:", e, e is pending[1])
try:
    raise KeyError
except LookupError as e:
    print("class instantiated:", repr(e))
try:
    raise NotImplementedError
except RuntimeError as e:
    print(type(e).__name__, issubclass(type(e), RuntimeError))
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise TypeError("outer") from None
except TypeError as e:
    print("from None:", e, e.__cause__)
