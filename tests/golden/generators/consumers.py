# Built-ins consume generators lazily: sum, any, all, min, max, sorted, zip, enumerate.

log = []


def produce(n):
    for i in range(n):
        log.append(i)
        yield i


print(any(x > 2 for x in produce(10)), log)
log.clear()
print(all(x < 3 for x in produce(10)), log)
log.clear()
print(sum(produce(5)), sum(x * 0.5 for x in produce(4)), sum(produce(3), 10))
print(min(produce(4)), max(produce(4), key=lambda v: -v), sorted(produce(3), reverse=True))
print(list(zip(produce(3), "ab")), log[-4:])
print(list(enumerate(produce(2), start=1)), dict(zip("xy", produce(2))))
print("".join(str(d) for d in produce(4)), tuple(produce(3)), set(produce(3)))


def infinite():
    n = 0
    while True:
        yield n
        n += 1


print(next(x for x in infinite() if x * x > 50), any(x == 1000 for x in infinite()))
