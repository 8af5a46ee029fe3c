# Errors involving closures: unbound locals, wrong arity, raising from inside.
def outer():
    x = 1

    def inner():
        print(x)
        x = 2
    return inner

try:
    outer()()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def maker():
    def add(a, b):
        return a + b
    return add

add = maker()
print(add(1, 2))
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)

def validator(limit):
    def check(v):
        if v > limit:
            raise ValueError(f"{v} exceeds {limit}")
        return v
    return check

chk = validator(10)
for v in [5, 10, 11, 2 ** 70]:
    try:
        print("ok", chk(v))
    except ValueError as e:
        print("ValueError:", e)

def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        if n == 3:
            raise RuntimeError("third call")
        return n
    return inc

inc = counter()
for _ in range(5):
    try:
        print(inc())
    except RuntimeError as e:
        print("RuntimeError:", e)

def deep():
    def a():
        return b()

    def b():
        return 1 // 0
    return a

try:
    deep()()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
