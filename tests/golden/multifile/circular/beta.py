import sys
import alpha

print("beta starts; alpha in sys.modules:", "alpha" in sys.modules)
print("beta: alpha has value yet?", hasattr(alpha, "value"))
try:
    alpha.value
except AttributeError as e:
    print("AttributeError:", e)
seen_alpha = alpha.__name__


def total():
    return alpha.value + alpha.double()
