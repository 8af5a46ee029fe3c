# A property's fget is read-only.
class Temperature:
    @property
    def celsius(self):
        return 20


prop = Temperature.celsius
print(prop.fget(Temperature()))
prop.fget = lambda self: 0
