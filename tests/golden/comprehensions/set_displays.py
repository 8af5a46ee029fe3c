# Set displays and set comprehensions (int sets print in CPython order).
s = {3, 1, 2, 1}
print(s, len(s), 2 in s, {x % 5 for x in range(20)}, {(1, 2), (1, 2)})
print({c for c in "abcabc"} == set("cba"), sorted({w for w in ["b", "a", "b"]}))
e = {n * n for n in range(10) if n % 3}
print(e, type(e).__name__)
try:
    print({[1], 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    print({[n] for n in range(2)})
except TypeError as err:
    print(type(err).__name__, err)
