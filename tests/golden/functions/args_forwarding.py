# *args/**kwargs forwarding through wrappers, and the errors of call-site unpacking.
def target(a, b=0, /, c=1, *rest, d, e=5, **extra):
    return f"a={a} b={b} c={c} rest={rest} d={d} e={e} extra={extra}"


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(1, d=4))
print(forward(1, 2, 3, 4, 5, d=6, z=7))
print(forward(*[1, 2], **{"d": 0, "c": 9}))
print(forward(1, *(2, 3), *[4], d=1, **{"y": 2}, **{"x": 3}))
for args, kwargs in [((), {"d": 1}), ((1,), {}), ((1,), {"a": 1, "d": 2}), ((1, 2, 3), {"c": 4, "d": 5})]:
    try:
        forward(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


def f(*args, **kwargs):
    return args, kwargs


for thunk in [lambda: f(*5), lambda: f(**[1]), lambda: f(**{1: 2}), lambda: f(a=1, **{"a": 2}),
              lambda: f(**{"a": 1}, **{"a": 2}), lambda: f(*None)]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)


class Mapping:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, key):
        return key.upper()


print(f(**Mapping()), f(*"ab", *range(2)), f(*{"x": 1}))


class BadKeys:
    def keys(self):
        return [1]

    def __getitem__(self, key):
        return key


try:
    f(**BadKeys())
except TypeError as e:
    print(type(e).__name__, e)


def kwonly(*, flag):
    return flag


try:
    kwonly(True)
except TypeError as e:
    print(type(e).__name__, e)
print(kwonly(**{"flag": "ok"}))


class Wrapper:
    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args, **kwargs):
        return ("wrapped", self.fn(*args, **kwargs))


@Wrapper
def add(x, y=10):
    return x + y


print(add(1), add(1, y=2), add(*[3, 4]))
try:
    add(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)


def mutate(*args, **kwargs):
    kwargs["added"] = True
    return args, kwargs


shared = {"k": 1}
print(mutate(**shared), shared)
args_list = [1, 2]
print(mutate(*args_list) [0] is args_list, type(mutate(*args_list)[0]).__name__)
