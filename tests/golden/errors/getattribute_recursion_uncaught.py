# Infinite recursion through __getattribute__ that nobody catches ends the program.
class Broken:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if name == "value":
            return self.value + 1
        return object.__getattribute__(self, name)


b = Broken()
print("created")
print(b.value)
