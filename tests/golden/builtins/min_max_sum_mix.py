# min/max/sum with key, default, start, mixed numeric types and errors.
print(max(3, 2.5, True), min(3, 2.5, True), max([1, 2 ** 70, 3.0]), min(-1, -1.0), min(-1.0, -1))
print(max("apple", "pear", "fig", key=len), min("apple", "pear", "fig", key=len))
print(max([], default="none"), min((), default=None), max([7], default=0), min([], key=abs, default=-1))
print(max([-5, 3, -7, 2], key=abs), min([-5, 3, -7, 2], key=abs), max([-3, 3], key=abs), min([3, -3], key=abs))
print(max({"b": 1, "a": 2}), min("hello"), max(range(0, -10, -3)), max((0, 1), (0, 1, 0)))
words = ["kiwi", "fig", "banana", "apple", "date"]
print(max(words, key=lambda w: (len(w), w)), min(words, key=lambda w: (-len(w), w)))
print(sum([1, 2, 3], 10), sum([0.5, 0.25], 1), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(range(101)), sum([True, True, False]), sum([2 ** 64, -1, 0.5]), sum([], 0.0), sum([], start=5))
print(sum([1e308, 1e308, -1e308]), sum([0.1] * 3), sum([1, 2], start=-3.5))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]),
            lambda: max([1, "a"]), lambda: min(1, 2, key=5), lambda: max(1, 2, default=0), lambda: sum(5)]:
    try:
        print("ok", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
calls = []
def key(x):
    calls.append(x)
    return -x
print(max([3, 1, 2], key=key), calls)
print(abs(-7), abs(-7.5), abs(True), abs(-(2 ** 100)), abs(-0.0), abs(float("-inf")))
print(divmod(17, -5), divmod(-17.5, 5), divmod(2 ** 65, 3), pow(7, 2, -5), pow(-7, 3, 5))
try:
    pow(2, -1, 5)
    print("pow with negative exponent and modulus computes an inverse:", pow(2, -1, 5))
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)
