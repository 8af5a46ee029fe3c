# An int cannot be weakly referenced.
import weakref

print(weakref.ref(print) is not None)
weakref.ref(42)
