# Mutating a dict while iterating over it: which RuntimeError, and when it is raised.
def attempt(label, d, mutate):
    seen = []
    try:
        for k in d:
            seen.append(k)
            mutate(d, k)
        print(label, "finished", seen, d)
    except RuntimeError as e:
        print(label, "RuntimeError:", e, "| seen", seen, "| now", d)

def add(d, k):
    d[k + 10] = 0

def remove(d, k):
    del d[k]

def replace(d, k):
    del d[k]
    d[k + 100] = 1

def overwrite(d, k):
    d[k] = d[k] * 10

def add_then_remove(d, k):
    d["tmp"] = 1
    del d["tmp"]

attempt("add", {1: 1, 2: 2, 3: 3}, add)
attempt("remove", {1: 1, 2: 2, 3: 3}, remove)
attempt("replace", {1: 1, 2: 2}, replace)
attempt("overwrite", {1: 1, 2: 2, 3: 3}, overwrite)
attempt("add_then_remove", {1: 1, 2: 2}, add_then_remove)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("iter then add:", e)
try:
    next(it)
except RuntimeError as e:
    print("still broken:", e)
except StopIteration:
    print("StopIteration after the error")
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
del d["b"]
d["c"] = 3
try:
    print(next(it))
    print(next(it, "end"))
except RuntimeError as e:
    print("swap under iterator:", e)
