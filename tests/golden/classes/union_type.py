# X | Y on classes: types.UnionType, usable with isinstance and issubclass.


class Animal:
    pass


class Dog(Animal):
    pass


u = int | str
print(u, type(u).__name__, u.__args__)
print(int | None, None | int, int | str | float, (int | str) | (bytes | int), int | int)
print(Dog | Animal | None, list[int] | None, u.__parameters__)
print(u == (str | int), u == (int | float), u != (int | str), hash(u) == hash(str | int))
print(isinstance(3, u), isinstance("x", u), isinstance(2.5, u), isinstance(None, int | None))
print(issubclass(bool, u), issubclass(float, u), issubclass(Dog, Animal | int))
print(isinstance(Dog(), Animal | None), isinstance(3, (str, int | float)))
print({int | str: "a"}[str | int])


def describe(x: int | str | None) -> str:
    match x:
        case None:
            return "nothing"
        case int() | str():
            return type(x).__name__


print(describe(None), describe(4), describe("s"))

for bad in [lambda: int | 3, lambda: "a" | str, lambda: u | 1]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 3)
except TypeError as e:
    print(type(e).__name__, e)
