# An exception escaping a generator: the traceback shows the consumer, then the generator.


def numbers():
    yield 1
    yield 2
    raise ValueError("no more numbers")


total = 0
for n in numbers():
    total += n
    print("total", total)
