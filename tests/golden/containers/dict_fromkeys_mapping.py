# dict.fromkeys (a class method, subclasses built through __setitem__) and dict()/update()
# from any mapping with keys(), and range's start/stop/step attributes.
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), {}.fromkeys(range(2), 0))
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
d = Logged.fromkeys("xy", 1)
print(type(d).__name__, d)
for bad in (lambda: dict.fromkeys(), lambda: dict.fromkeys(5), lambda: dict.fromkeys([[1]])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Mapping:
    def __init__(self, data):
        self.data = data
    def keys(self):
        return list(self.data)[::-1]
    def __getitem__(self, k):
        return self.data[k] * 10
m = Mapping({"a": 1, "b": 2})
print(dict(m))
base = {"z": 0}
base.update(m)
print(base, dict(m, c=3))
class BadKeys:
    def keys(self):
        return 5
try:
    dict(BadKeys())
except TypeError as e:
    print("TypeError:", e)

r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step, range(-3, 3)[1:].start)
print(range(10**20).stop, range(0, -9, -2).step)
