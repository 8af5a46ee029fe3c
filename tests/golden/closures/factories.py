# Function factories: each call creates independent captured state.
def make_adder(n):
    def add(x):
        return x + n
    return add

def make_multiplier(n):
    return lambda x: x * n

add5 = make_adder(5)
add10 = make_adder(10)
times3 = make_multiplier(3)
print(add5(1), add10(1), times3(7), add5(add10(times3(2))))

def compose(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run

pipeline = compose(add5, times3, make_adder(-1))
print(pipeline(0), pipeline(10), compose()(42))
adders = []
for k in range(4):
    adders.append(make_adder(k * 100))
for a in adders:
    print(a(1), end=" ")
print()

def make_power(e):
    def p(b):
        return b ** e
    return p

square = make_power(2)
cube = make_power(3)
huge = make_power(100)
print(square(12), cube(-3), huge(2))

def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)

print(curry3(lambda a, b, c: a * 100 + b * 10 + c)(1)(2)(3))

def make_formatter(width, fill):
    def fmt(v):
        return f"[{v:{fill}>{width}}]"
    return fmt

print(make_formatter(6, "*")(42), make_formatter(3, "0")(7), make_formatter(1, " ")("long"))

def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper

def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

fib = memoize(slow_fib)
print(fib(90), fib(150))
