# Conditional expressions, including nesting and laziness.
for n in [-3, 0, 4, 15]:
    kind = "neg" if n < 0 else "zero" if n == 0 else "small" if n < 10 else "big"
    print(n, kind)
x = 10
print("even" if x % 2 == 0 else "odd", ("yes" if x else "no") + "!")
print(1 / 0 if False else "lazy", "lazy too" if True else 1 / 0)
y = [] if x > 100 else [x]
print(y)
z = (lambda a: a * 2) if x else None
print(z(21))
vals = []
for i in range(6):
    vals.append(i * i if i % 2 else -i)
print(vals)
print((1 if True else 2) + (3 if False else 4))
print("a" if "" else "b", "c" if [0] else "d", "e" if None else "f")
s = "x" if x > 5 else "y" if x > 0 else "z"
print(s)

def sign(v):
    return 1 if v > 0 else -1 if v < 0 else 0

print(sign(-7.5), sign(0), sign(2 ** 100), sign(-0.0))
w = 3
print(f"{'wide' if w > 2 else 'narrow':>{w + 5}}")
print(max(1, 2) if min(1, 2) == 1 else 0)
n = None
print(0 if n is None else n + 1)
