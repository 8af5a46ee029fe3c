# Unpacking happens before any target is stored; targets are stored left to right.
log = []


class Rec:
    def __setattr__(self, name, value):
        log.append((name, value))
        object.__setattr__(self, name, value)


class SeqIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            log.append("stop")
            raise StopIteration
        log.append(("next", self.i))
        self.i += 1
        return self.i * 10


r = Rec()
r.a, *r.b, r.c = SeqIter(4)
print(log)
log.clear()
try:
    r.a, r.b = SeqIter(3)
except ValueError as e:
    print("ValueError", e)
print(log)
log.clear()
try:
    r.a, r.b, r.c = SeqIter(2)
except ValueError as e:
    print("ValueError", e)
print(log)
