# Assigning a bound method's __self__ is an uncaught AttributeError.
class Counter:
    def bump(self):
        return 1


c = Counter()
m = c.bump
print(m())
m.__self__ = Counter()
print("not reached")
