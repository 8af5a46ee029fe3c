# Unpacking the value of `with … as (a, b)`.
class CM:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        print("enter")
        return self.value

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


with CM((1, 2)) as (a, b):
    print(a, b)
with CM([1, 2, 3]) as (a, *b):
    print(a, b)
with CM("xy") as [p, q], CM((3, (4, 5))) as (r, (s, t)):
    print(p, q, r, s, t)
try:
    with CM((1, 2, 3)) as (a, b):
        print("not reached")
except ValueError as e:
    print("ValueError", e)
