# Generators (and other objects) still referenced by module globals are finalized at
# interpreter shutdown: their finally blocks run after the last line of the program.


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def close(self):
        print("close", self.name)


def reader(name, lines):
    res = Resource(name)
    try:
        for line in lines:
            yield f"{name}:{line}"
    finally:
        res.close()


first = reader("first", ["a", "b", "c"])
print(next(first))

second = reader("second", ["x", "y"])
print(next(second))
print(next(second))

done = reader("done", ["only"])
print(list(done))

unstarted = reader("unstarted", ["never"])
print("end of program")
