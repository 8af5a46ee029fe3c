# __bytes__: bytes(obj) conversions, precedence over __index__/iteration, and errors.
class Packet:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload


p = Packet(7, b"hi!")
print(bytes(p), list(bytes(p)), len(bytes(p)))
print(bytes(Packet(1, b"")))


class WithIndex:
    def __index__(self):
        return 3


print(bytes(WithIndex()), bytearray(WithIndex()))


class BothWays:
    def __bytes__(self):
        return b"from __bytes__"

    def __index__(self):
        return 2

    def __iter__(self):
        return iter([65, 66])


print(bytes(BothWays()), bytearray(BothWays()))


class Iterable:
    def __iter__(self):
        yield 104
        yield 105


print(bytes(Iterable()), bytearray(Iterable()))


class BadBytes:
    def __init__(self, result):
        self.result = result

    def __bytes__(self):
        return self.result


for result in ["text", 5, bytearray(b"ba"), None]:
    try:
        print(bytes(BadBytes(result)))
    except TypeError as e:
        print(type(e).__name__, e)


class Nothing:
    pass


try:
    bytes(Nothing())
except TypeError as e:
    print(type(e).__name__, e)

for bad in [3.5, "str", [256], [-1], ["a"]]:
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    bytes("x", "ascii", "strict", "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(p, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)


class Raising:
    def __bytes__(self):
        raise ValueError("cannot serialise")


try:
    bytes(Raising())
except ValueError as e:
    print(type(e).__name__, e)
print(b"%s and %b" % (p, Packet(2, b"x")))
