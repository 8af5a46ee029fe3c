# Exceptions raised inside comprehensions propagate to the caller, who can catch them.
def safe_div(xs, d):
    try:
        return [x // d for x in xs]
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


print(safe_div([4, 8], 2), safe_div([4, 8], 0))
try:
    print({k: 1 / k for k in range(-2, 3)})
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print([y for y in 5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([a + b for a, b in [(1, 2), (3,)]])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print(type(e).__name__, e)


def first_missing(keys, table):
    return [table[k] for k in keys]


try:
    first_missing(["a", "b"], {"a": 1})
except KeyError as e:
    print("KeyError", e)
