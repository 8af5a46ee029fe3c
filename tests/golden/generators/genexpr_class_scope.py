# Scoping of generator expressions in class bodies: only the first iterable sees class names.


class Config:
    names = ["alpha", "beta", "gamma"]
    upper = [n.upper() for n in names]
    lengths = tuple(len(n) for n in names)
    prefix = "cfg_"

    try:
        prefixed = list(prefix + n for n in names)
    except NameError as e:
        error = f"{type(e).__name__}: {e}"

    try:
        product = list((a, b) for a in names for b in names[:1])
    except NameError as e:
        error2 = f"{type(e).__name__}: {e}"

    # A global that does not exist yet is a NameError when the genexpr runs.
    try:
        early = list(GLOBAL_SUFFIX + n for n in names)
    except NameError as e:
        error3 = f"{type(e).__name__}: {e}"


GLOBAL_SUFFIX = "g_"
print("defined before class?", "GLOBAL_SUFFIX" in globals())


class Config2:
    names = ["x", "y"]
    globally = list(GLOBAL_SUFFIX + n for n in names)
    lazy = (n * 2 for n in names)


print(Config.upper, Config.lengths)
print(Config.error)
print(Config.error2)
print(Config.error3)
print(Config2.globally)
print(list(Config2.lazy))


# Inside a method, the class name is needed to reach class attributes.
class Scores:
    bonus = 10

    def __init__(self, values):
        self.values = values

    def boosted(self):
        return (v + Scores.bonus for v in self.values)

    def boosted_self(self):
        return (v + self.bonus for v in self.values)


s = Scores([1, 2])
print(list(s.boosted()), list(s.boosted_self()))


# Closures: a genexpr in a function sees the function's variables, late.
def make_gen():
    base = 1
    gen = (base + i for i in range(3))
    base = 100
    return gen


print(list(make_gen()))


# Nested functions create cells; genexpr captures the cell.
def counter_gens():
    gens = []
    for step in (1, 2):
        gens.append(i * step for i in range(3))
    return gens


print([list(g) for g in counter_gens()])
