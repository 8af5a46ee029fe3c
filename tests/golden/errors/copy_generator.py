# copy.deepcopy of an object holding a generator: CPython's pickle-protocol TypeError.
import copy

class Holder:
    def __init__(self):
        self.items = [1, 2]
        self.gen = (x for x in self.items)

h = copy.deepcopy([Holder().items])
print(h)
copy.deepcopy(Holder())
