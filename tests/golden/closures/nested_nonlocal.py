# nonlocal through several levels of nesting.
def level1():
    x = "L1"
    log = []

    def level2():
        nonlocal x
        y = "L2"

        def level3():
            nonlocal x, y
            x = x + "+3"
            y = y + "+3"
            log.append(x + "/" + y)
            return y
        r = level3()
        x = x + "+2"
        return r, y
    print(level2())
    print(x)
    print(level2())
    print(x, log)

level1()

def outer():
    n = 0

    def middle():
        def inner():
            nonlocal n
            n += 1
            return n
        return inner
    a = middle()
    b = middle()
    print(a(), b(), a(), n)
    return a

f = outer()
print(f(), f())

def shadowing():
    v = "outer"

    def inner():
        v = "inner local"
        return v

    def inner2():
        nonlocal v
        v = "changed"
    print(inner(), v)
    inner2()
    print(inner(), v)

shadowing()
