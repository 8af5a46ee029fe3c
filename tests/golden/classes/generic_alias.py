# types.GenericAlias from the built-in containers' __class_getitem__.


class Point:
    pass


aliases = [list[int], dict[str, int], tuple[int, ...], tuple[()], set[float], frozenset[str],
           list[Point], dict[str, list[int]], type[int], tuple[int, str, None]]
for a in aliases:
    print(a)
la = list[int]
print(la.__origin__, la.__args__, la.__parameters__, dict[str, int].__args__)
print(type(la).__name__, type(la).__module__ if hasattr(type(la), "__module__") else "", la.__class__.__name__)
print(la == list[int], la != list[int], la == list[str], la == list, hash(la) == hash(list[int]))
print(len({list[int], list[int], list[str]}))

# calling the alias constructs the origin
made = list[int]([3, 1, 2])
print(made, type(made).__name__)
print(dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int]())

# other attributes come from the origin
print(list[int].append is list.append, dict[str, int].keys is dict.keys)

# errors
for cls in [list[int], dict[str, int]]:
    try:
        isinstance([], cls)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        issubclass(list, cls)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list[int][str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point[int]
except TypeError as e:
    print(type(e).__name__, e)


# a generic alias as a base class: __mro_entries__
class IntList(list[int]):
    def total(self):
        return sum(self)


il = IntList([1, 2, 3])
print(il.total(), IntList.__bases__, IntList.__orig_bases__, isinstance(il, list))


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


print(Box[int], list.__class_getitem__(int), type(list.__dict__["__class_getitem__"]).__name__)
