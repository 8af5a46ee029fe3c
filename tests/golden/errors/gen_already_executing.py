# Re-entering a running generator is a ValueError; uncaught, it ends the program.


def fib():
    a, b = 0, 1
    while True:
        yield a
        if a > 5:
            # Asking for our own next value from inside the body.
            print("peeking ahead:", next(gen))
        a, b = b, a + b


gen = fib()
for v in gen:
    print(v)
