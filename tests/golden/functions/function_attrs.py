# Function attributes: __code__ basics, __defaults__, __kwdefaults__, __closure__, __module__.
def make_adder(n, *, step=1):
    def adder(x, y=0, /, *more, scale=2, **opts):
        total = x + n
        return total

    return adder


add = make_adder(5)
code = add.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount)
print(code.co_flags & 0x4 != 0, code.co_flags & 0x8 != 0, code.co_flags & 0x20 != 0)
print(add.__defaults__, add.__kwdefaults__, make_adder.__kwdefaults__, make_adder.__defaults__)
print(len(add.__closure__), add.__closure__[0].cell_contents if hasattr(add.__closure__[0], "cell_contents") else 5)
print(make_adder.__closure__, add.__module__, add.__name__, add.__qualname__)
print(type(code).__name__, code.co_filename.endswith("function_attrs.py"))


def gen():
    yield 1


print(gen.__code__.co_flags & 0x20 != 0, make_adder.__code__.co_flags & 0x20 != 0)
print(make_adder.__code__.co_varnames[:2])
try:
    add.__code__ = gen.__code__
except (AttributeError, TypeError, ValueError) as e:
    print("cannot swap code")
try:
    add.__closure__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
