# import forms: plain, aliased, dotted (binds the package), from-import with aliases
import math
import math as m
import os.path
import os.path as osp
from math import sqrt, floor as fl, pi
from os import path
from os import path as p2
import sys, time as t

print(math.sqrt(9.0), m.sqrt(16), sqrt(25), fl(2.7), pi)
print(os.path.basename("/a/b.txt"), osp.basename("/c/d"), path.dirname("/x/y"), p2.splitext("a.tar.gz"))
print(math is m, os.path is osp, path is osp, p2 is osp)
print(type(math).__name__, type(t.time()).__name__, type(sys.maxsize).__name__)


def f():
    import random as r
    from math import factorial
    r.seed(1)
    return factorial(5), r.randint(1, 10)


print(f())
# importing twice gives the same module, initialised once
import random
random.seed(7)
a = random.random()
import random
print(random.random() != a)
from random import seed, random as rnd
seed(7)
print(rnd() == a)
# names from a module are ordinary values
fs = [math.floor, math.ceil, math.trunc]
print([g(-1.5) for g in fs])
