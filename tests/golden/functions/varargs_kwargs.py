# *args and **kwargs collection.
def collect(*args):
    print(type(args).__name__, len(args), args)

collect()
collect(1)
collect(1, "two", [3])

def kw(**kwargs):
    print(type(kwargs).__name__, len(kwargs), kwargs)

kw()
kw(z=1, a=2, m=3)

def everything(a, b=2, *rest, flag=False, **extra):
    print("a", a, "b", b, "rest", rest, "flag", flag, "extra", extra)

everything(1)
everything(1, 2, 3, 4)
everything(1, flag=True)
everything(1, 2, 3, flag=1, color="red", size=9)
everything(b=5, a=0, other=None)

def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s

print(total(), total(1, 2, 3), total(1, 2, start=100), total(*[], start=-1))

def first_and_rest(first, *rest):
    return first, rest

print(first_and_rest(1), first_and_rest(1, 2, 3))

def mutate(**kw):
    kw["added"] = True
    return kw

d = {"x": 1}
print(mutate(**d), d)

def args_are_fresh(*a):
    return a

t = (1, 2)
print(args_are_fresh(*t) == t, args_are_fresh(*t))
for call in [lambda: first_and_rest(), lambda: everything(), lambda: total(1, start=2, end=3)]:
    try:
        call()
    except TypeError as e:
        print(e)
