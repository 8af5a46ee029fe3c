# @contextmanager on methods, classmethods and staticmethods; ContextDecorator and
# contextmanager objects as decorators of functions and methods; AsyncContextDecorator.
import asyncio
from contextlib import AsyncContextDecorator, ContextDecorator, contextmanager


class Pool:
    created = 0

    def __init__(self, name):
        self.name = name
        self.in_use = 0

    @contextmanager
    def use(self, n):
        """Borrow n connections."""
        self.in_use += n
        print(f"{self.name}: take {n} (in use {self.in_use})")
        try:
            yield self.in_use
        finally:
            self.in_use -= n
            print(f"{self.name}: give back {n} (in use {self.in_use})")

    @classmethod
    @contextmanager
    def temporary(cls, name):
        cls.created += 1
        p = cls(name)
        print("made", name, "count", cls.created)
        yield p
        print("dropped", name)

    @staticmethod
    @contextmanager
    def banner(text):
        print(f"== {text} ==")
        yield len(text)
        print("=" * (len(text) + 6))


p = Pool("main")
with p.use(3) as n:
    with p.use(2) as m:
        print("inside", n, m)
print(Pool.use.__name__, Pool.use.__qualname__, "|", Pool.use.__doc__)
print(type(p.use).__name__, p.use.__func__ is Pool.__dict__["use"])
with Pool.use(p, 1) as k:
    print("unbound call", k)

with Pool.temporary("tmp") as t:
    with t.use(5):
        print("temporary pool", t.name)

with Pool.banner("title") as width, p.banner("again") as w2:
    print("widths", width, w2)


class SubPool(Pool):
    pass


with SubPool.temporary("sub") as s:
    print(type(s).__name__, SubPool.created, Pool.created)

try:
    with p.use():
        pass
except TypeError as e:
    print(type(e).__name__, e)


# A ContextDecorator subclass used both ways.
class traced(ContextDecorator):
    depth = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        traced.depth += 1
        print("  " * traced.depth + f"enter {self.label}")
        return self

    def __exit__(self, typ, exc, tb):
        print("  " * traced.depth + f"exit {self.label} ({typ.__name__ if typ else 'ok'})")
        traced.depth -= 1
        return typ is ArithmeticError or (typ is not None and issubclass(typ, ZeroDivisionError))


@traced("add")
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4))


@traced("div")
def div(a, b):
    return a / b


print("div", div(1, 0))

with traced("block") as t:
    print("  the manager itself:", type(t).__name__, t.label)


class Shop:
    def __init__(self):
        self.items = []

    @traced("shop.buy")
    def buy(self, item, qty=1):
        self.items.append((item, qty))
        return len(self.items)

    @contextmanager
    def audit(self):
        before = len(self.items)
        yield
        print(f"  audit: {len(self.items) - before} new")


shop = Shop()
print(shop.buy("apple"), shop.buy("pear", qty=3), shop.items)


# A @contextmanager object is a ContextDecorator: each call gets a fresh generator.
@contextmanager
def counted(log):
    log.append("start")
    yield
    log.append("end")


log = []


@counted(log)
def work(x):
    log.append(f"work {x}")
    return x


print(work(1), work(2), log)


# On a method: the manager wraps each call of the method.
class Box:
    def __init__(self):
        self.log = []

    def decorated(self):
        @counted(self.log)
        def inner(v):
            self.log.append(v)

        inner("a")
        inner("b")
        return self.log


print(Box().decorated())


# The recreation also carries keyword arguments; the generator function sees them each time.
@contextmanager
def limit(n, *, label="limit"):
    print(f"  {label} {n}")
    yield


@limit(2, label="cap")
def capped():
    return "capped ran"


print(capped(), capped())


# AsyncContextDecorator on a coroutine function.
class atraced(AsyncContextDecorator):
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print("aenter", self.label)
        return self

    async def __aexit__(self, *exc):
        print("aexit", self.label, exc[0].__name__ if exc[0] else None)
        return False


@atraced("job")
async def job(x):
    await asyncio.sleep(0)
    return x * 10


print(asyncio.run(job(4)), job.__name__)


@atraced("failing")
async def failing():
    raise OSError("io")


try:
    asyncio.run(failing())
except OSError as e:
    print("propagated", e)
