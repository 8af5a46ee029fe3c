import sys
import alpha

print("main: alpha.value =", alpha.value)
print("main: beta.total() =", alpha.beta.total())
print("modules:", "alpha" in sys.modules, "beta" in sys.modules, sys.modules["alpha"] is alpha)
