# Class bodies are ordinary code: conditionals, loops, comprehensions, helpers.
DEBUG = True
log = []


class Config:
    log.append("body start")
    if DEBUG:
        level = "debug"
    else:
        level = "info"

    names = []
    for i in range(3):
        names.append("n" + str(i))
    del i

    squares = [k * k for k in range(5)]
    table = {k: str(k) for k in "ab"}

    def helper(x):
        return x * 10

    scaled = helper(4)
    del helper

    try:
        bad = 1 // 0
    except ZeroDivisionError:
        bad = None

    while len(names) < 5:
        names.append("extra")
    log.append("body end")


print(log)
print(Config.level, Config.names, Config.squares, Config.table)
print(Config.scaled, Config.bad, hasattr(Config, "helper"), hasattr(Config, "i"))

# class scope is not visible from methods
x = "global"


class Scope:
    x = "class"

    def get(self):
        return x

    def get_cls(self):
        return self.x

    y = x + "!"
    # the iterable of the outermost comprehension is evaluated in class scope
    z = [x for _ in range(2)]
    w = [v + "?" for v in [x]]


print(Scope().get(), Scope().get_cls(), Scope.y, Scope.z, Scope.w)

# a name assigned later in the body is looked up globally before
value = "outer"


class Late:
    before = value
    value = "inner"
    after = value


print(Late.before, Late.after)


# class body inside a function sees enclosing locals
def make(n):
    m = n * 2

    class K:
        a = n
        b = m + 1

        def f(self):
            return n + m
    return K


K = make(5)
print(K.a, K.b, K().f())


# nested function in class body closing over the function scope, not the class
def outer():
    secret = "closure"

    class C:
        secret = "class attr"

        def reveal(self):
            return secret
    return C().reveal()


print(outer())

# conditional method definitions
for flag in [True, False]:
    class Pick:
        if flag:
            def go(self):
                return "yes"
        else:
            def go(self):
                return "no"
    print(Pick().go())

# the body's return value is irrelevant; a class body can define and overwrite names
class Redef:
    def f(self):
        return 1

    def f(self):
        return 2

    attr = 1
    attr += 1


print(Redef().f(), Redef.attr)

# empty-ish bodies
class P: pass
class Q:
    pass
class R:
    "only a docstring"
print(P.__name__, Q.__name__, R.__doc__)

# annotations in a class body
class Ann:
    a: int
    b: str = "bee"
    c: list = []
print(Ann.__annotations__ == {"a": int, "b": str, "c": list}, Ann.b, hasattr(Ann, "a"))
