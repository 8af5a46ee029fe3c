# PEP 479: StopIteration raised inside a generator becomes RuntimeError.


def leaky(it):
    while True:
        yield next(it)


print(list(zip("ab", leaky(iter([1])))))
print(list(leaky(iter([]))))
