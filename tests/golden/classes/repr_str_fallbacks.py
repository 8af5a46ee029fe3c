# repr/str/format fallbacks, inheritance of each, and errors for non-string results.
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


class OnlyStr:
    def __str__(self):
        return "only-str"


class Both(OnlyRepr):
    def __str__(self):
        return "both-str"


for obj in [OnlyRepr(), Both()]:
    print(repr(obj), str(obj), f"{obj}", f"{obj!r}", format(obj), "%s|%r" % (obj, obj))
o = OnlyStr()
print(str(o), f"{o}", repr(o).startswith("<__main__.OnlyStr object at 0x"))
print([OnlyRepr(), Both()], (Both(),), {"k": Both()})
print(str([OnlyStr()]).startswith("[<__main__.OnlyStr object"))


class BadRepr:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return self.value


class BadStr:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


for bad in [1, None, b"bytes", ["x"]]:
    for fn in (repr, str, format):
        try:
            fn(BadRepr(bad))
        except TypeError as e:
            print(fn.__name__, "BadRepr", type(e).__name__, e)
    try:
        str(BadStr(bad))
    except TypeError as e:
        print("str BadStr", type(e).__name__, e)
    try:
        print(BadStr(bad))
    except TypeError as e:
        print("print BadStr", type(e).__name__, e)

try:
    [BadRepr(3)].__repr__()
except TypeError as e:
    print("list repr", type(e).__name__, e)


class StrSub(str):
    pass


class ReturnsStrSub:
    def __repr__(self):
        return StrSub("sub-repr")

    __str__ = __repr__


r = repr(ReturnsStrSub())
print(r, type(r).__name__, type(str(ReturnsStrSub())).__name__)


class Raising:
    def __repr__(self):
        raise RuntimeError("repr exploded")


try:
    print([1, Raising()])
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    f"{Raising()!r}"
except RuntimeError as e:
    print(type(e).__name__, e)


class ReprViaStr:
    def __str__(self):
        return "S"

    __repr__ = __str__


print(repr(ReprViaStr()), ascii(ReprViaStr()))


class Unicode:
    def __repr__(self):
        return "caf\u00e9 \u2603"


print(repr(Unicode()), ascii(Unicode()), str(Unicode()))
print(object.__repr__(Both()).startswith("<__main__.Both object at"))
print(object.__str__(Both()))
print(str.__str__("abc"), OnlyRepr.__str__(OnlyRepr()))
