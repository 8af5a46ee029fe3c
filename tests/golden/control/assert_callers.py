# assert with messages in functions, caught by callers at different depths.
def check_positive(x):
    assert x > 0, f"expected positive, got {x!r}"
    return x

def check_all(xs):
    total = 0
    for x in xs:
        total += check_positive(x)
    return total

def safe_total(xs):
    try:
        return check_all(xs)
    except AssertionError as e:
        return "failed: " + str(e)

print(safe_total([1, 2, 3]))
print(safe_total([1, -2, 3]))
print(safe_total([0.5, 0.0]))

def assert_no_message(x):
    assert x

try:
    assert_no_message([])
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)

def assert_tuple_msg(a, b):
    assert a == b, (a, b)

try:
    assert_tuple_msg(1, 2)
except AssertionError as e:
    print("tuple message:", e, e.args)

def side_effect_msg():
    calls = []
    def msg():
        calls.append("msg")
        return "computed"
    assert True, msg()
    try:
        assert False, msg()
    except AssertionError as e:
        calls.append(str(e))
    return calls

print(side_effect_msg())

def loop_asserts():
    results = []
    for i in range(6):
        try:
            assert i % 3, i
            results.append(i)
        except AssertionError as e:
            results.append("A" + str(e))
            if i > 3:
                break
        finally:
            results.append(".")
    return results

print(loop_asserts())
try:
    assert 1 == 2, None
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert isinstance(3, str), type(3).__name__ + " is not str"
except Exception as e:
    print(type(e).__name__, e, isinstance(e, Exception))
