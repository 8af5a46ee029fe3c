# Assigning a class's __name__ and __qualname__: reprs and messages follow.


class Widget:
    __slots__ = ("size",)

    def show(self):
        return "widget"


w = Widget()
Widget.__name__ = "Gadget"
print(Widget.__name__, Widget.__qualname__, Widget, type(w).__name__)
print(repr(w).split(" object")[0], repr(Widget.show).split(" at")[0])
try:
    w.colour
except AttributeError as e:
    print(type(e).__name__, e)
try:
    w.colour = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(w)
except TypeError as e:
    print(type(e).__name__, e)
Widget.__qualname__ = "Outer.Gadget"
print(Widget, Widget.__qualname__, Widget.__name__)
print(Widget.__dict__["size"])


class Sub(Widget):
    pass


print(Sub.__mro__)
for bad in [3, None, b"x"]:
    try:
        Widget.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        Widget.__qualname__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del Widget.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Widget.__name__ = "a\0b"
except ValueError as e:
    print(type(e).__name__, e)
Dyn = type("Dyn", (), {})
Dyn.__name__ = "with.dots"
print(Dyn.__name__, Dyn.__qualname__, Dyn)
print(Widget.__name__, Widget().show())
