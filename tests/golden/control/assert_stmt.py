# assert with and without messages.
assert True
assert 1 == 1, "never shown"
assert [0]
print("simple asserts passed")
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("caught", type(e).__name__, repr(str(e)), e.args)
try:
    assert False, "custom message"
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert [], 42
except AssertionError as e:
    print("int message", e, e.args[0] + 1)
try:
    assert None, ("tuple", 1)
except AssertionError as e:
    print("tuple message", e)
x = 5

def check(v):
    assert v > 0, f"value must be positive, got {v}"
    return v * 2

print(check(3))
for v in [1, 0, -4]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
evaluated = []

def msg():
    evaluated.append(1)
    return "lazy"

assert x == 5, msg()
print("message evaluated:", len(evaluated))
try:
    assert x == 6, msg()
except AssertionError as e:
    print(e, len(evaluated))
print(isinstance(AssertionError(), Exception))
