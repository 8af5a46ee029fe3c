# functools.lru_cache and cache: hits, misses, eviction order, typed keys, keyword
# arguments, recursion, methods, cache_clear/cache_parameters, and the argument errors.
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def slow_square(x):
    calls.append(x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    slow_square(v)
print("computed", calls)
print(slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square.cache_parameters())
print(slow_square.__name__, slow_square.__wrapped__(9), slow_square.cache_info().misses)


@lru_cache
def plain(a, b=0, *, c=1):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(plain(1), plain(1), plain(1, 0), plain(1, b=0), plain(b=0, a=1), plain(1, c=1))
print(len(calls), plain.cache_info().currsize)


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@lru_cache(maxsize=None)
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info().currsize)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())


class Account:
    def __init__(self, rate):
        self.rate = rate

    @lru_cache(maxsize=8)
    def interest(self, amount):
        calls.append(amount)
        return amount * self.rate

    def __hash__(self):
        return hash(self.rate)

    def __eq__(self, other):
        return isinstance(other, Account) and other.rate == self.rate


calls.clear()
a = Account(2)
print(a.interest(10), a.interest(10), Account(2).interest(10), Account(3).interest(10), calls)
print(Account.interest.cache_info())

try:
    slow_square([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError", e)
print(lru_cache(-5)(lambda: 7).cache_info().maxsize)
