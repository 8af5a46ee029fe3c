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
