# __init__ must return None; object's __new__/__init__ reject stray arguments.
class ReturnsValue:
    def __init__(self, v):
        self.v = v
        return v


for v in [None, 0, "x", [1]]:
    try:
        r = ReturnsValue(v)
        print("ok", r.v)
    except TypeError as e:
        print(type(e).__name__, e)


class ReturnsSelf:
    def __init__(self):
        return self


try:
    ReturnsSelf()
except TypeError as e:
    print(type(e).__name__, e)


class Empty:
    pass


for args, kwargs in [((1,), {}), ((), {"a": 1}), ((1, 2), {"b": 3})]:
    try:
        Empty(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


class OnlyInit:
    def __init__(self, a):
        self.a = a


print(OnlyInit(5).a)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)


print(type(OnlyNew(1)).__name__)
try:
    OnlyNew()
except TypeError as e:
    print(type(e).__name__, e)


class CallsObjectInit:
    def __init__(self, *args):
        super().__init__(*args)


CallsObjectInit()
try:
    CallsObjectInit(1)
except TypeError as e:
    print(type(e).__name__, e)

try:
    object.__init__(Empty(), 1)
except TypeError as e:
    print(type(e).__name__, e)

e = Empty()
print(e.__init__() is None)
e.__init__()


class Reinit:
    def __init__(self, n=0):
        self.n = n
        self.history = getattr(self, "history", []) + [n]


r = Reinit(1)
r.__init__(2)
Reinit.__init__(r, 3)
print(r.n, r.history)


class Generatorish:
    def __init__(self):
        yield 1


try:
    Generatorish()
except TypeError as e:
    print(type(e).__name__, e)
