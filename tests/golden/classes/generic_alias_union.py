# types.GenericAlias (list[int]) and types.UnionType (int | None) at run time.
print(int | None, None | int, int | str | None)
print(int | str == str | int, hash(int | str) == hash(str | int), int | int)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print((int | str).__args__, ((int | str) | float).__args__, type(int | str).__name__)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type(list[int]).__name__)
alias = list[int]
print(alias.__origin__, alias.__args__, alias.__parameters__, alias([1, 2]), alias.__name__)
print(alias == list[int], alias != list[str], hash(alias) == hash(list[int]))
print(list[int] | None, (dict[str, int] | None).__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(list, dict[str, int])
except TypeError as e:
    print(type(e).__name__, e)


class Numbers(list[int]):
    def total(self):
        return sum(self)


print(Numbers.__bases__, Numbers.__orig_bases__, Numbers([1, 2, 3]).total(), Numbers[str])
try:
    list[int][str]
except TypeError as e:
    print(type(e).__name__, e)
for bad in [lambda: None | None, lambda: int | 3, lambda: "x" | int]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(type[int], frozenset[str], set[bytes])


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(WithMeta | None, isinstance(WithMeta(), WithMeta | int))
