# try/finally and with blocks stay correct across suspensions.


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return False


def reader(name, lines):
    with Resource(name):
        for line in lines:
            yield line.upper()


for x in reader("file1", ["a", "b"]):
    print("line", x)

r = reader("file2", ["x", "y", "z"])
print(next(r))
r.close()
print("after close")

r = reader("file3", ["p", "q"])
print(next(r))
del r
print("after del")


def nested():
    try:
        try:
            yield 1
            raise ValueError("inner")
        finally:
            print("inner finally")
            yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("outer finally")


print(list(nested()))


def counted():
    n = 0
    try:
        while True:
            n += 1
            yield n
    finally:
        print("stopped after", n)


for v in counted():
    if v == 3:
        break
print("loop done")


def break_in_with():
    for i in range(3):
        with Resource(f"r{i}"):
            if i == 1:
                return
            yield i


print(list(break_in_with()))
