# iter(callable, sentinel) with generators and closures.
from functools import partial


def numbers():
    yield from [3, 1, 4, 1, 5, 9, 2, 6]


g = numbers()
# Stop at the first 9: the callable is next bound to this generator.
print(list(iter(partial(next, g), 9)))
print("left in g:", list(g))

# The callable's StopIteration also ends the iteration.
g2 = numbers()
print(list(iter(g2.__next__, -1)))

# A closure-based reader of fixed-size chunks.
def chunk_reader(data, size):
    pos = 0

    def read():
        nonlocal pos
        chunk = data[pos : pos + size]
        pos += size
        return chunk

    return read


print(list(iter(chunk_reader("abcdefghij", 3), "")))
print([c for c in iter(chunk_reader(b"\x01\x02\x03\x04\x05", 2), b"")])

# Sentinel comparison uses ==.
values = iter([1.0, 2.0, 3.0, 4.0])
print(list(iter(lambda: next(values), 3)))

# iter(callable, sentinel) is itself an iterator; after the sentinel it stays exhausted.
counter = iter([10, 20, 0, 30]).__next__
it = iter(counter, 0)
print(next(it), next(it), next(it, "end"), next(it, "still end"))
print(iter(it) is it)

# The callable is only called when needed.
calls = []


def noisy():
    calls.append(len(calls))
    return len(calls)


lazy = iter(noisy, 4)
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)

# Driving a coroutine-style generator with iter(callable, sentinel).
def tokens():
    text = "let x = 1 ; let y = 2 ; END"
    for word in text.split():
        yield word


source = tokens()
statement = []
for word in iter(source.__next__, ";"):
    statement.append(word)
print(statement, list(iter(source.__next__, "END")))

# Errors.
try:
    iter(42, 0)
except TypeError as e:
    print(type(e).__name__, e)


def failing():
    raise OSError("read failed")


try:
    list(iter(failing, None))
except OSError as e:
    print(type(e).__name__, e)
