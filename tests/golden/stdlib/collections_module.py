# The collections module as a whole: import forms, names, types, and working together.
import collections
import collections as C
from collections import deque, Counter, OrderedDict, defaultdict, ChainMap, namedtuple

print(sorted(collections.__all__))
print(collections.deque, collections.Counter, collections.OrderedDict)
print(collections.defaultdict, collections.ChainMap, C.namedtuple.__name__)
print(issubclass(Counter, dict), issubclass(OrderedDict, dict), issubclass(defaultdict, dict))
print(Counter.__module__, deque.__module__, defaultdict.__name__)

# An LRU-style cache with OrderedDict, a history with deque, statistics with Counter.
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
        self.history = deque(maxlen=4)
        self.stats = Counter()
    def get(self, key, compute):
        self.history.append(key)
        if key in self.data:
            self.stats["hit"] += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.stats["miss"] += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)
        return value
cache = LRU(2)
for k in [1, 2, 1, 3, 2, 1, 1]:
    cache.get(k, lambda x: x * 10)
print(list(cache.data.items()), cache.history, cache.stats)

index = defaultdict(set)
for word in "to be or not to be".split():
    index[word[0]].add(word)
print(sorted((k, sorted(v)) for k, v in index.items()))
Layer = namedtuple("Layer", "name vars")
layers = [Layer("global", {"x": 1, "y": 2}), Layer("local", {"x": 10})]
scope = ChainMap(*[l.vars for l in reversed(layers)])
print(scope["x"], scope["y"], len(scope))
