# __setitem__/__delitem__ with ints and slices; errors for types without them.
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}
        self.log = []

    def _norm(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"index {i} out of range for size {self.size}")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        return self.data.get(self._norm(i), 0)

    def __setitem__(self, i, v):
        self.log.append(("set", i if not isinstance(i, slice) else (i.start, i.stop, i.step), v))
        if isinstance(i, slice):
            idx = range(*i.indices(self.size))
            vals = list(v)
            if len(vals) != len(idx):
                raise ValueError(f"need {len(idx)} values, got {len(vals)}")
            for j, x in zip(idx, vals):
                self[j] = x
            return
        if v == 0:
            self.data.pop(self._norm(i), None)
        else:
            self.data[self._norm(i)] = v

    def __delitem__(self, i):
        self.log.append(("del", i if not isinstance(i, slice) else (i.start, i.stop, i.step)))
        if isinstance(i, slice):
            for j in range(*i.indices(self.size)):
                self.data.pop(j, None)
        else:
            self.data.pop(self._norm(i), None)

    def __len__(self):
        return self.size


sp = Sparse(8)
sp[1] = 5
sp[-1] = 9
sp[2:5] = [1, 2, 3]
sp[::4] = "ab"
print(sp[:], sorted(sp.data.items()))
del sp[3]
del sp[5:]
print(sp[:], len(sp.log))
sp[0] = 0
print(sp[:], sp.log[-3:])
try:
    sp[1:3] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    sp[8] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del sp[-9]
except IndexError as e:
    print(type(e).__name__, e)
sp[1], sp[2] = sp[2], sp[1]
print(sp[:4])
sp[3] += 10
print(sp[3], sp.log[-1])


class ReadOnly:
    def __getitem__(self, i):
        return i


class WriteOnly:
    def __setitem__(self, k, v):
        print("set", k, v)


ro, wo = ReadOnly(), WriteOnly()
for label, thunk in [("assign ro", lambda: ro.__class__.__setitem__), ("del wo", None)]:
    pass
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
wo["k"] = "v"
wo[1:2] = []
try:
    wo[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del wo[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
for target in [(1, 2), "str", 5, None, frozenset()]:
    try:
        target[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del target[0]
    except TypeError as e:
        print(type(e).__name__, e)

lst = list(range(10))
lst[::2] = "abcde"
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
del lst[1::3]
print(lst)
lst[2:2] = [None, None]
lst[:3] = []
print(lst)
try:
    lst[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
