# UserDict, UserList, UserString: wrappers whose methods go through the subclass's overrides.
from collections import UserDict, UserList, UserString
import copy

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return f"<{key}>"

d = LowerDict({"A": 1}, B=2)
d.update([("C", 3)])
d["D"] = 4
print(d, len(d), d["a"], d["zz"], "c" in d, "C" in d, sorted(d))
print(d.get("b"), d.get("Q", 0), d.pop("a"), d.setdefault("e", 5))
print(d.data, d == {"b": 2, "c": 3, "d": 4, "e": 5}, d.popitem())
c = d.copy()
c["X"] = 0
print(type(c).__name__, c, d)
print(UserDict(a=1) | {"b": 2}, {"z": 0} | UserDict(a=1), UserDict.fromkeys("ab", 0))
print(list(UserDict(a=1).items()), list(UserDict(a=1).keys()), list(UserDict(a=1).values()))
try:
    UserDict()["missing"]
except KeyError as e:
    print("KeyError:", e)
cc = copy.copy(d)
print(cc.data is d.data, cc == d)

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
s += [4]
s.extend(Stack([5]))
print(s, len(s), s[0], s[-1], s[1:3], type(s[1:3]).__name__, 3 in s)
print(s + [6], [0] + s, s * 2, s == [1, 2, 3, 4, 5], s < [2])
s.insert(0, 0)
s.remove(3)
print(s.pop(), s.pop(0), s, s.index(4), s.count(2))
s.reverse()
print(s)
s.sort()
print(s, list(reversed(s)), s.copy(), type(s.copy()).__name__)
del s[0]
s[0] = "x"
print(s, UserList("abc"), UserList(), UserList(UserList([1])))

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
u = Shout("hello world")
print(u, repr(u), len(u), u[0], u[::-1], u.shout(), type(u.upper()).__name__)
print(u.split(), u.find("o"), u.count("o"), u.startswith("he"), u.replace("o", "0"), "wor" in u)
print(u + "!", "> " + u, u * 2, u == "hello world", u < "z", hash(u) == hash("hello world"))
print(u.title(), u.center(15, "*"), u.strip("hd"), u.zfill(13), Shout("%s-%d") % ("a", 1))
print(int(UserString("42")) + 1, float(UserString("1.5")), UserString(12) + "3", sorted([UserString("b"), UserString("a")]))
