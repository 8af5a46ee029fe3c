# A collections.abc.Sequence subclass missing __getitem__ and __len__ cannot be instantiated.
from collections.abc import Sequence


class Half(Sequence):
    def count(self, value):
        return 0


print(Half.__abstractmethods__ == frozenset({"__getitem__", "__len__"}))
Half()
