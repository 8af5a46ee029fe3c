# Counter counting through a subclass's own get/__setitem__, and its input errors.
from collections import Counter
print(Counter("abracadabra"), Counter([1, 1.0, True, 2]))
class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(Loud("aba"))
class G(Counter):
    def get(self, k, d=None):
        return 100
print(G("aa"))
try:
    Counter(5)
except TypeError as e:
    print(e)
try:
    Counter([[1]])
except TypeError as e:
    print(e)
