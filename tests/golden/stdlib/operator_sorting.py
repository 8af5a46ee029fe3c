# operator's getters as keys of sorted/min/max/groupby, and the functions with map/reduce.
import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
from itertools import groupby, starmap

records = [
    {"name": "ann", "team": "red", "score": 7},
    {"name": "bob", "team": "blue", "score": 9},
    {"name": "cy", "team": "red", "score": 9},
    {"name": "dee", "team": "blue", "score": 4},
]
by_team = sorted(records, key=itemgetter("team", "score"))
print([r["name"] for r in by_team])
for team, rs in groupby(by_team, key=itemgetter("team")):
    print(team, [r["name"] for r in rs])
print(max(records, key=itemgetter("score"))["name"], min(records, key=itemgetter("score"))["name"])
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=itemgetter(1), reverse=True), sorted(pairs, key=itemgetter(0)))
print(list(map(itemgetter(0, 0), pairs)))

class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def label(self, prefix=""):
        return prefix + self.name.upper()
items = [Item("pen", 2), Item("ink", 5), Item("cap", 2)]
print([i.name for i in sorted(items, key=attrgetter("price", "name"))])
print(list(map(methodcaller("label", prefix="#"), items)))
print(list(map(attrgetter("name"), items)))

print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(operator.concat, [[1], [2], [3]]))
print(list(starmap(operator.sub, [(5, 1), (2, 8)])), list(map(operator.mul, [1, 2], [3, 4])))
print(list(filter(operator.truth, [0, 1, "", "x", None])), sum(map(operator.not_, [0, 1, 0])))
print(sorted(["b", "A", "c"], key=methodcaller("lower")), operator.itemgetter(-1)("xyz"))
print(list(map(operator.contains, ["abc", "xyz"], ["b", "b"])))
print(list(map(operator.getitem, [[1, 2], "ab"], [0, 1])), operator.is_(None, operator.attrgetter("x")(type("T", (), {"x": None}))))
