# Recursion through *args/**kwargs forwarding with defaults and keywords.
def walk(n, acc=0, *extra, step=1, **opts):
    if n <= 0:
        return acc, extra, step, opts
    return walk(n - step, acc + n, *extra, step=step, **opts)

print(walk(5))
print(walk(10, 0, "x", step=3, tag="t"))
print(walk(0, 7, 1, 2, 3))

def forward(f, *args, **kwargs):
    return f(*args, **kwargs)

def describe(a, b=2, *rest, key="k", **more):
    return f"a={a} b={b} rest={rest} key={key} more={more}"

print(forward(describe, 1))
print(forward(describe, 1, 3, 4, 5, key="z", q=1))
print(forward(forward, describe, b=9, a=8))
print(forward(forward, forward, describe, "deep", **{"key": "kw", "x": None}))

def depth_sum(n, *, total=0, **seen):
    seen["n" + str(n)] = n
    if n == 0:
        return total, len(seen)
    return depth_sum(n - 1, total=total + n, **seen)

print(depth_sum(6))
print(depth_sum(0, total=100, extra=True))

def tree_sum(node):
    if isinstance(node, int):
        return node
    total = 0
    for child in node:
        total += tree_sum(child)
    return total

print(tree_sum([1, [2, [3, [4, [5]]]], (6, 7), []]))

def merge(*dicts, **final):
    if not dicts:
        return final
    first = dicts[0]
    rest = list(dicts)
    rest.pop(0)
    return merge(*rest, **{**first, **final})

print(merge({"a": 1}, {"a": 2, "b": 2}, {"c": 3}, a=0))
print(merge())

def posonly(a, b, /, c, *, d):
    return (a, b, c, d)

def spread(args, kwargs):
    return posonly(*args, **kwargs)

print(spread((1, 2, 3), {"d": 4}))
print(spread((1, 2), {"c": 3, "d": 4}))
try:
    spread((1,), {"b": 2, "c": 3, "d": 4})
except TypeError as e:
    print(e)
