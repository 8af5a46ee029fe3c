# Generators caught in reference cycles are collected (and finalized) by gc.collect().
import gc


def holder(log, name):
    box = {}
    box["self"] = None
    try:
        yield box
        yield "second"
    finally:
        log.append(f"{name} finalized")


log = []
g = holder(log, "cyclic")
box = next(g)
box["self"] = g  # the generator's frame holds box; box holds the generator
del g, box
print("after del:", log)
gc.collect()
print("after collect:", log)


# An object whose attribute is its own generator.
class Stream:
    def __init__(self, log):
        self.log = log
        self.it = self._produce()

    def _produce(self):
        try:
            n = 0
            while True:
                yield n
                n += 1
        finally:
            self.log.append("stream generator finalized")


log2 = []
s = Stream(log2)
print(next(s.it), next(s.it))
del s
print("after del:", log2)
gc.collect()
print("after collect:", log2)

# Without a cycle the finally runs immediately.
log3 = []
g3 = holder(log3, "plain")
next(g3)
del g3
print("no cycle:", log3)
