# Comparisons of built-in values (the exact-type fast paths) next to subclasses with their
# own comparison methods, and int/float/bool mixes.

import sys


class Loud(str):
    def __eq__(self, other):
        return "Loud.__eq__"

    def __lt__(self, other):
        return "Loud.__lt__"

    __hash__ = str.__hash__


class Quiet(str):
    pass


s = "pending"
t = "".join(["pen", "ding"])
print(s == t, s is t, s != t, s < t, s <= t, s > t, s >= t)
print(s == s, s != s, s < s, s <= s)
print("a" < "b", "b" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "Ω" < "ω")
# The subclass's reflected method goes first even when it is on the right.
print(s == Loud("pending"), Loud("x") == s, s > Loud("x"), Loud("x") < s)
print(Quiet("a") == "a", "a" == Quiet("a"), Quiet("a") < "b", Quiet("b") != "b")
print(s == 1, s != None, s == b"pending")
try:
    s < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" >= b"a"
except TypeError as e:
    print(type(e).__name__, e)

# ints (small and big), floats, bools, mixed
big = 2**80
print(big == 2**80, big != 2**80, big < big + 1, big > -big, -big < 3, 3 < big)
print(1 == 1.0, 1 < 1.5, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), big == float(big))
print(True == 1, False == 0, True < 2, True + True, 1.0 == True, True is (1 == 1))
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, inf > 1e308, -inf < -1e308, inf == inf)
x = 0.1 + 0.2
print(x == 0.3, x > 0.3, x != 0.3, 0.5 == 0.5, -0.0 == 0.0, -0.0 < 0.0)
print(sys.maxsize + 1 > sys.maxsize, -sys.maxsize - 2 < -sys.maxsize - 1)
# The comparison result as a value (not only as a condition)
results = [s == t, s != t, big == big, x < 0.3, nan == nan, Loud("q") == "q"]
print(results)
print(sorted(["pear", "apple", "fig", Quiet("banana")]), max(2.5, 2, True), min([big, 3, 2.0]))


class Bits(int):
    def __eq__(self, other):
        return "Bits.__eq__"

    __hash__ = int.__hash__


print(3 == Bits(3), Bits(3) == 3, Bits(3) != 3, 3 < Bits(4))


class Flt(float):
    def __lt__(self, other):
        return "Flt.__lt__"


print(Flt(1.0) < 2.0, 2.0 > Flt(1.0), 1.0 < Flt(2.0))
