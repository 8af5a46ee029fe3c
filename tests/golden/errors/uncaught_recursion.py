# Unbounded recursion that nobody catches ends with RecursionError.
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)

print(countdown(10))
print(countdown(300))

def forever(n):
    return forever(n + 1) + 1

try:
    forever(0)
except RecursionError as e:
    print("caught once:", type(e).__name__)
print("now without try")
forever(0)
print("never printed")
