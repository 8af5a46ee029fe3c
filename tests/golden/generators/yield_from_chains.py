# Nested delegation chains that collect return values on the way back up.


def read_number(label):
    value = yield f"need {label}"
    return int(value)


def read_pair():
    a = yield from read_number("a")
    b = yield from read_number("b")
    return a, b


def read_pairs(n):
    pairs = []
    for _ in range(n):
        pairs.append((yield from read_pair()))
    return pairs


def session():
    pairs = yield from read_pairs(2)
    total = sum(a * b for a, b in pairs)
    yield f"dot product {total}"
    return pairs


s = session()
prompt = next(s)
inputs = iter(["3", "4", "5", "6"])
while True:
    print(prompt)
    if prompt.startswith("dot"):
        break
    prompt = s.send(next(inputs))
try:
    next(s)
except StopIteration as e:
    print("session returned", e.value)


# Depth of delegation: a chain built recursively.
def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    got = yield from chain(depth - 1)
    yield f"level {depth}"
    return got + depth


def run(depth):
    g = chain(depth)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value


out, value = run(5)
print(out)
print(value)
out, value = run(200)
print(len(out), value)


# Return values from delegates that raise partway are not produced.
def may_fail(n):
    yield n
    if n % 2:
        raise ValueError(f"odd {n}")
    return n * 10


def gather(ns):
    results = []
    for n in ns:
        try:
            results.append((yield from may_fail(n)))
        except ValueError as e:
            results.append(str(e))
    return results


print(run_result := list(gather([2, 3, 4])))
g = gather([1, 2])
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
