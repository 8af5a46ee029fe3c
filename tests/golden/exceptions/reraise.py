# Bare raise, raising from handlers and the active exception.
def inner():
    raise ValueError("original")

def middle():
    try:
        inner()
    except ValueError:
        print("middle saw it, re-raising")
        raise

try:
    middle()
except ValueError as e:
    print("top:", e, e.args)

def convert():
    try:
        {}["nope"]
    except KeyError as e:
        raise LookupError("converted " + str(e))

try:
    convert()
except LookupError as e:
    print(type(e).__name__, e)

def reraise_named():
    try:
        int("zz")
    except ValueError as err:
        print("logging:", err)
        raise err

try:
    reraise_named()
except ValueError as e:
    print("again:", e)

def nested_handlers():
    try:
        raise TypeError("outer problem")
    except TypeError:
        try:
            raise ValueError("inner problem")
        except ValueError as e2:
            print("handled inner:", e2)
        raise

try:
    nested_handlers()
except TypeError as e:
    print("bare raise re-raised the outer one:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
