# Default arguments are evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"))
print(greet("Di", punct="."), greet(greeting="Hey", name="Ed"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
r = append_to(3)
print(r, len(r))
print(append_to(0, []))
print(append_to(4))

def counter(d={}):
    d["n"] = d["n"] + 1 if "n" in d else 1
    return d["n"]

print(counter(), counter(), counter({}), counter())
base = 10

def add_base(x, b=base):
    return x + b

base = 1000
print(add_base(1), add_base(1, base))
calls = []

def make_default(tag):
    calls.append(tag)
    return tag * 2

def f(a=make_default(1), b=make_default(2)):
    return a + b

print(calls)
print(f(), f(0), f(0, 0), calls)

def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y

print(g(1), g(2), g(3, [0]))

def h(a, b=2, c=3):
    return a * 100 + b * 10 + c

print(h(1), h(1, 5), h(1, c=9), h(1, 5, 6), h(c=0, a=4))
