# Mapping patterns look keys up with .get(key, default); __missing__ is never triggered;
# duplicate keys found at run time raise ValueError.
class Recording(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)

    def __missing__(self, key):
        print("  __missing__", key)
        return 0


d = Recording(a=1, b=2)
match d:
    case {"a": 1, "z": _}:
        print("no")
    case {"b": b, "a": a, **rest}:
        print("matched", a, b, rest, type(rest).__name__)


class K:
    A = "a"
    B = "a"


try:
    match {"a": 1}:
        case {K.A: _, K.B: _}:
            print("no")
except ValueError as e:
    print("ValueError", e)
try:
    match {"a": 1, "b": 2}:
        case {K.A: 1, K.B: 2}:
            print("no")
except ValueError as e:
    print("ValueError", e)
match {"x": 1, "y": 2}:
    case {"x": 1, **rest} if not rest:
        print("no: rest is not empty")
    case {"x": 1, **rest}:
        print("rest", rest)
