# Subclasses of list and dict: overridden hooks that built-in methods do not call, and super().
class LoggingList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, item):
        self.log.append(("append", item))
        super().append(item)

    def __setitem__(self, index, value):
        self.log.append(("setitem", index))
        super().__setitem__(index, value)

    def __getitem__(self, index):
        result = super().__getitem__(index)
        return LoggingList(result) if isinstance(index, slice) else result


ll = LoggingList([1, 2])
ll.append(3)
ll.extend([4])
ll += [5]
ll[0] = 10
ll.insert(0, 0)
print(ll, ll.log, type(ll[1:3]).__name__, type(ll + [1]).__name__, type(ll * 2).__name__)
print(len(ll), sum(ll), sorted(ll, reverse=True)[:2], ll == [0, 10, 2, 3, 4, 5], isinstance(ll, list))


class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


ud = UpperDict(a=1)
ud["b"] = 2
ud.update(c=3)
ud.setdefault("d", 4)
print(sorted(ud.items()), ud["B"], ud["b"], ud.get("b"), "b" in ud, "B" in ud)


class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]

    def __repr__(self):
        return f"Stack({list.__repr__(self)})"


s = Stack().push(1).push(2)
print(s, s.peek(), s.pop(), s, bool(Stack()), Stack([3, 1, 2]).copy(), type(Stack().copy()).__name__)
try:
    Stack().peek()
except IndexError as e:
    print(type(e).__name__, e)


class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))

    def keys(self):
        return sorted(super().keys())


o = Ordered(b=1, a=2, c=3)
print(list(o), o.keys(), list(dict.keys(o)), [k for k in o], dict(o) == {"a": 2, "b": 1, "c": 3})


class Counting(dict):
    def __missing__(self, key):
        return 0

    def __len__(self):
        return 99


cd = Counting(x=1)
print(cd["y"], len(cd), bool(Counting()), list(cd.items()))


class Fixed(list):
    def __init__(self, size):
        super().__init__([None] * size)

    def append(self, item):
        raise TypeError("Fixed lists do not grow")


f = Fixed(2)
try:
    f.append(1)
except TypeError as e:
    print(type(e).__name__, e)
f.extend([1])
print(f, len(f))
