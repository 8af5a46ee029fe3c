# In-place operators: __iadd__ first, NotImplemented falls back to __add__ then __radd__.
trace = []


class Acc:
    def __init__(self, items):
        self.items = list(items)

    def __iadd__(self, other):
        trace.append("Acc.__iadd__")
        if not isinstance(other, (list, Acc)):
            return NotImplemented
        self.items.extend(other.items if isinstance(other, Acc) else other)
        return self

    def __add__(self, other):
        trace.append("Acc.__add__")
        if isinstance(other, tuple):
            return Acc(self.items + list(other))
        return NotImplemented

    def __imul__(self, n):
        trace.append("Acc.__imul__")
        self.items *= n
        return None  # a common bug: the name is rebound to None

    def __repr__(self):
        return f"Acc({self.items})"


class Right:
    def __radd__(self, other):
        trace.append("Right.__radd__")
        return "right-handled"


a = Acc([1])
alias = a
a += [2]
print(a, a is alias, trace)
trace.clear()
a += (3,)
print(a, a is alias, alias, trace)
trace.clear()
b = Acc([0])
b += Right()
print(b, trace)
trace.clear()
c = Acc([5])
try:
    c += 1.5
except TypeError as e:
    print(type(e).__name__, e, trace)
trace.clear()
d = Acc([1, 2])
d *= 2
print(d, trace)


class Counter:
    def __init__(self):
        self.n = 0


class Holder:
    def __init__(self):
        self.value = Acc([])
        self.data = {"k": Acc([])}
        self.seq = [Acc([])]


h = Holder()
h.value += [1]
h.data["k"] += [2]
h.seq[0] += [3]
h.seq[-1] += (4,)
print(h.value, h.data, h.seq)

t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)



def aug(sym, x):
    if sym == "+=":
        x += 1
    elif sym == "-=":
        x -= 1
    elif sym == "*=":
        x *= 1
    elif sym == "/=":
        x /= 1
    elif sym == "//=":
        x //= 1
    elif sym == "%=":
        x %= 1
    elif sym == "**=":
        x **= 1
    elif sym == "<<=":
        x <<= 1
    elif sym == ">>=":
        x >>= 1
    elif sym == "&=":
        x &= 1
    elif sym == "|=":
        x |= 1
    elif sym == "^=":
        x ^= 1
    else:
        x @= 1
    return x


for sym in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    try:
        aug(sym, Counter())
    except TypeError as e:
        print(sym, type(e).__name__, e)

s = "ab"
before = s
s += "c"
print(s, before)
nums = [1]
nums_alias = nums
nums += (2, 3)
print(nums, nums is nums_alias)
try:
    nums = nums + (4,)
except TypeError as e:
    print(type(e).__name__, e)
fs = frozenset({1})
fs_alias = fs
fs |= {2}
print(sorted(fs), sorted(fs_alias), fs is fs_alias)
