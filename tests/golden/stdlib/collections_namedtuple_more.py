# namedtuple as a record type: defaults from a dict, conversion, copying, nesting, class use.
from collections import namedtuple
import copy

Employee = namedtuple("Employee", "name, dept, salary", defaults=("eng", 100))
staff = [Employee("ann"), Employee("bob", "ops", 90), Employee(name="cy", salary=120)]
for e in staff:
    print(e, e.name, e.salary)
print(sorted(staff, key=lambda e: -e.salary)[0].name)
print(Employee._make(("dee", "hr", 70))._asdict())
print(max(staff, key=lambda e: e.salary)._replace(salary=0))
row = {"name": "eve", "dept": "qa", "salary": 80}
print(Employee(**row))
print(Employee._fields + ("extra",))
Manager = namedtuple("Manager", Employee._fields + ("reports",))
m = Manager(*staff[0], reports=[staff[1]])
print(m.reports[0].name, len(m))
m2 = copy.deepcopy(m)
print(m2 == m, m2.reports is m.reports, type(m2).__name__, copy.copy(m) == m)
Pair = namedtuple("Pair", ("left", "right"))
print(Pair(1, Pair(2, 3)))
print({Pair(1, 2): "a"}[(1, 2)], Pair(1, 2) == (1, 2), Pair(1, 2) != Pair(2, 1))
print(dict(zip(Pair._fields, Pair("L", "R"))))
P3 = namedtuple("P3", iter(["a", "b"]))
print(P3(1, 2), repr(P3.__doc__))
Rec = namedtuple("Rec", "x y", defaults=[None])
print(Rec(1), Rec._field_defaults, Rec(1, 2)._replace())
print(isinstance(Rec(1), tuple), issubclass(Rec, tuple), Rec.__bases__)
