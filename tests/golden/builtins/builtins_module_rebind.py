# `import builtins`: replacing and deleting a builtin changes every unbound use of the name,
# including call sites that already ran the original.
import builtins


def norm(x):
    return abs(x)


def kind(o):
    return isinstance(o, int)


def size(o):
    return len(o)


print(norm(-4), kind(3), size("abc"))
print(builtins.abs is abs, builtins.len(["a"]), builtins.__name__)
print(getattr(builtins, "None") is None, getattr(builtins, "True"), builtins.int is int, builtins.ValueError is ValueError)

original_abs = builtins.abs
builtins.abs = lambda x: ("patched", x)
print(norm(-4), norm(-5))
builtins.abs = original_abs
print(norm(-4))

original_isinstance = builtins.isinstance
builtins.isinstance = lambda o, c: "never"
print(kind(3), kind("x"))
builtins.isinstance = original_isinstance
print(kind(3), kind("x"))

del builtins.len
try:
    size("abc")
except NameError as e:
    print(type(e).__name__, e)
builtins.len = lambda o: 42
print(size("abc"))


# A module global shadows the builtin even when builtins changes.
def shadow():
    return max(1, 2)


print(shadow())
max = lambda *a: "global max"
builtins.max = lambda *a: "builtin max"
print(shadow())
del max
print(shadow())

# New names added to builtins become visible.
builtins.answer = 42
print(answer)
del builtins.answer
try:
    print(answer)
except NameError as e:
    print(type(e).__name__, e)
