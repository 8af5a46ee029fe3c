# collections.abc: checks on built-in and user types (hooks, registration, inheritance).
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
                             Callable, Collection, Sequence, MutableSequence, Set, MutableSet,
                             Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
                             ByteString, Buffer)

samples = [3, 2.5, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset({1}), range(3),
           iter([1]), (x for x in ()), {}.keys(), {}.values(), {}.items(), len, lambda: 0, None, memoryview(b"m")]
abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection,
        Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
        ItemsView, ValuesView, Buffer, Awaitable, AsyncIterable]
for a in abcs:
    print(a.__name__.ljust(16), "".join("X" if isinstance(s, a) else "." for s in samples))
print(cabc.Sequence, Sequence.__module__, type(Sequence).__name__, Sequence.__mro__)


class OnlyIter:
    def __iter__(self):
        return iter(())


class IterNext(OnlyIter):
    def __next__(self):
        raise StopIteration


class Countable:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())


class Unhashable:
    __hash__ = None


class NotIterable(OnlyIter):
    __iter__ = None


class Eq:
    def __eq__(self, other):
        return True


class AsyncThing:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise StopAsyncIteration


class Awaits:
    def __await__(self):
        yield


print(issubclass(OnlyIter, Iterable), issubclass(OnlyIter, Iterator), issubclass(IterNext, Iterator))
print(issubclass(Countable, Collection), issubclass(Countable, Sized), issubclass(Countable, Sequence))
print(issubclass(Unhashable, Hashable), issubclass(Eq, Hashable), issubclass(NotIterable, Iterable))
print(issubclass(AsyncThing, AsyncIterator), issubclass(AsyncThing, AsyncIterable), issubclass(Awaits, Awaitable))
print(issubclass(Awaits, Coroutine), issubclass(list, Reversible), issubclass(dict, Reversible), issubclass(str, Sequence))


class Registered:
    pass


Sequence.register(Registered)
print(issubclass(Registered, Sequence), issubclass(Registered, Collection), issubclass(Registered, Iterable))
print(issubclass(Registered, MutableSequence), isinstance(Registered(), Reversible))
print(Sequence.register(Registered) is Registered)
for bad in [lambda: isinstance(3, Iterable[int]), lambda: Sized[int]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(Iterable[int], Callable[[int], str], Mapping[str, int], Iterable[int].__origin__ is Iterable)
