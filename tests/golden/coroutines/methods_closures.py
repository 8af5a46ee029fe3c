# Coroutines as methods, closures, decorated functions and class/static methods; a
# coroutine captures its arguments and free variables when created.


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def make_counter():
    count = 0

    async def bump(by):
        nonlocal count
        count += by
        return count

    return bump


bump = make_counter()
print(run(bump(1)), run(bump(5)))

pending = [bump(10), bump(100)]
print("not run yet:", run(bump(0)))
print([run(c) for c in reversed(pending)])


def traced(fn):
    async def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = await fn(*args, **kwargs)
        print("result", result)
        return result

    return wrapper


@traced
async def area(w, h=1):
    return w * h


print(run(area(3, h=4)))


class Account:
    rate = 2

    def __init__(self, balance):
        self.balance = balance

    async def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    async def open(cls, amount):
        acct = cls(0)
        await acct.deposit(amount * cls.rate)
        return acct

    async def __call__(self, x):
        return self.balance + x


acct = run(Account.open(5))
print(acct.balance, run(acct.deposit(1)), run(acct(100)))
print(Account.deposit.__qualname__, acct.deposit(0).__qualname__)


async def outer():
    async def inner(x):
        return x + 1

    return inner.__qualname__, await inner(1)


print(run(outer()))
lam = lambda x: area(x, 2)
print(run(lam(7)))
