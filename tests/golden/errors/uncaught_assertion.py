# A failing assert with a message terminates with AssertionError: message.
def checked_sqrt(n):
    assert n >= 0, f"negative input: {n}"
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r

for n in [0, 1, 15, 16, 10 ** 6]:
    print(n, checked_sqrt(n))
try:
    checked_sqrt(-1)
except AssertionError as e:
    print("caught:", e)
try:
    assert 1 > 2
except AssertionError as e:
    print("caught without message:", repr(e))
values = [3, 1, 2]
assert len(values) == 3
print("invariant held")
print(checked_sqrt(-25))
print("never printed")
