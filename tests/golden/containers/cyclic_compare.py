# Self-referential containers: repr uses [...] / {...}; comparing two cycles recurses.
a = [1]
a.append(a)
print(a, len(a), a[1] is a, a == a)
d = {"name": "root"}
d["self"] = d
print(d, d["self"]["self"]["name"])
x = []
y = [x]
x.append(y)
print(x, y)
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(x < y)
except RecursionError as e:
    print("RecursionError:", e)
p = [0]
q = [0]
p.append(q)
q.append(p)
try:
    print(p == q)
except RecursionError as e:
    print("RecursionError:", e)
m = {"k": None}
n = {"k": m}
m["k"] = n
try:
    print(m == n)
except RecursionError as e:
    print("RecursionError:", e)
print("still running", len(p), len(m))
