# Subclasses of bytes: construction, __bytes__ returning a subclass, methods returning bytes.
class Tagged(bytes):
    def __new__(cls, data, tag="?"):
        obj = super().__new__(cls, data)
        obj.tag = tag
        return obj

    def __repr__(self):
        return f"Tagged({bytes(self)!r}, tag={self.tag!r})"


t = Tagged(b"abc", tag="x")
print(t, len(t), t[0], t[1:], type(t[1:]).__name__, t.upper(), type(t.upper()).__name__)
print(t == b"abc", hash(t) == hash(b"abc"), isinstance(t, bytes), t + b"!", type(t + b"!").__name__)


class ReturnsSub:
    def __bytes__(self):
        return Tagged(b"sub", tag="s")


r = bytes(ReturnsSub())
print(r, type(r).__name__)


class Plain(bytes):
    pass


p = Plain(3)
print(p, type(p).__name__, Plain([65, 66]), Plain("hé", "utf-8"), Plain(ReturnsSub()))
print(type(Plain(ReturnsSub())).__name__)

# bytearray subclasses: __init__ with other arguments, the type's name in the repr; fromhex on a subclass.
class Buf(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
    def __repr__(self):
        return f"Buf({bytes(self)!r}, {self.tag})"

b = Buf(b"xy", "t")
b += b"z"
b.append(33)
print(b, repr(b), len(b), b.tag, type(b).__name__, b[0], b[1:], type(b[1:]).__name__, b == b"xyz!")
print(bytearray(b"ab"), bytearray(3), bytearray("hé", "utf-8"), bytearray([1, 2]))
class PlainArray(bytearray):
    pass
p = PlainArray(b"q")
p.extend(b"rs")
print(p, type(p).__name__, isinstance(p, bytearray), p.upper(), type(p.upper()).__name__)
try:
    bytearray("x")
except TypeError as e:
    print(e)
try:
    PlainArray(1, 2, 3, 4)
except TypeError as e:
    print(e)
class B(bytes):
    pass
print(B(b"k") == b"k", {B(b"k"): 1}[b"k"], B(b"k").decode(), B(b"abc")[::-1], b"x" + B(b"y"), B(b"a") * 3)
try:
    B("x")
except TypeError as e:
    print(e)
print(repr(B(b"\n")), str(B(b"q")), B.fromhex("4142"), type(B.fromhex("4142")).__name__)
