# operator.itemgetter, attrgetter, methodcaller: calls, reprs, errors.
from operator import itemgetter, attrgetter, methodcaller

rows = [("b", 2, 9.0), ("a", 3, 1.5), ("c", 1, 4.0), ("a", 1, 2.0)]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(0, 1)))
print(itemgetter(2, 0)(rows[0]), itemgetter(slice(1, None))("hello"), itemgetter("k")({"k": 5}))
print(itemgetter(2, 0), itemgetter("a"), itemgetter(slice(1, 2)))
print(list(map(itemgetter(0), rows)))

class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person({self.name.first} {self.name.last}, {self.age})"

people = [Person(Name("Ann", "Lee"), 30), Person(Name("Bob", "Ray"), 25), Person(Name("Al", "Lee"), 30)]
print(sorted(people, key=attrgetter("age", "name.first")))
print(attrgetter("name.last")(people[0]), attrgetter("age", "name.last")(people[1]))
print(attrgetter("a.b", "c"), attrgetter("real"))
print(attrgetter("real", "imag")(3 + 4j))

strip = methodcaller("strip")
print(list(map(strip, ["  a ", "b  "])))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"), methodcaller("upper")("x"))
print(methodcaller("split", ",", maxsplit=1), methodcaller("f"), methodcaller("g", 1, "two"))

for bad in (lambda: itemgetter(), lambda: itemgetter(5)([1]), lambda: itemgetter(1)(5),
            lambda: attrgetter(1), lambda: attrgetter("nope")(1), lambda: attrgetter("a", 2),
            lambda: methodcaller(), lambda: methodcaller(5), lambda: methodcaller("nope")(1),
            lambda: itemgetter(0)(), lambda: itemgetter("x")({})):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
