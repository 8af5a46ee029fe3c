# Exception class hierarchy, handler order, tuples and bare except.
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (AssertionError, Exception), (Exception, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException), (KeyError, IndexError),
    (TypeError, ValueError), (LookupError, Exception),
]
for sub, sup in checks:
    print(type(sub()).__name__, "isa", type(sup()).__name__, isinstance(sub(), sup))

def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except ArithmeticError as e:
        return "ArithmeticError handler for " + type(e).__name__
    except (TypeError, ValueError) as e:
        return "tuple handler for " + type(e).__name__
    except Exception:
        return "Exception handler"
    except BaseException:
        return "BaseException handler"

for exc in [KeyError("a"), IndexError(), ZeroDivisionError(), OverflowError(),
            TypeError(), ValueError(), RuntimeError(), RecursionError(), SystemExit(0),
            AssertionError(), NameError(), UnboundLocalError(), BaseException()]:
    print(repr(exc), "->", classify(exc))
try:
    raise SystemExit(5)
except Exception:
    print("not reached")
except BaseException as e:
    print("SystemExit caught via BaseException", e.args)
try:
    [][1]
except:
    print("bare except caught something")
handlers = (KeyError, ZeroDivisionError)
try:
    1 % 0
except handlers as e:
    print("tuple in variable:", e)
print(isinstance(KeyError(), (ValueError, LookupError)), isinstance(1, (ValueError, int)))
