# CPython 3.12's messages for every unpacking failure.
class Count:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)


def too_many_list():
    a, b = [1, 2, 3]


def too_few_tuple():
    a, b, c = (1,)


def too_many_iter():
    a, b = iter([1, 2, 3])


def too_few_iter():
    a, b, c = iter([1])


def infinite():
    a, b = Count()


def star_too_few():
    a, *b, c = [1]


def star_too_few_iter():
    a, *b, c, d = iter("xy")


def star_before_short():
    a, b, *c = iter([1])


def non_iterable():
    a, b = 5


def non_iterable_star():
    a, *b = None


def string_too_long():
    a, b = "abc"


def dict_keys():
    a, b = {1: 2, 3: 4, 5: 6}


def empty():
    a, = []


for f in [too_many_list, too_few_tuple, too_many_iter, too_few_iter, infinite, star_too_few,
          star_too_few_iter, star_before_short, non_iterable, non_iterable_star, string_too_long,
          dict_keys, empty]:
    attempt(f.__name__, f)

c = Count()
try:
    a, b = c
except ValueError as e:
    print("consumed", c.n, e)
