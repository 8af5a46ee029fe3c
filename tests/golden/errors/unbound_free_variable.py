# Reading a free variable before the enclosing function assigns it.
def outer(flag):
    def inner():
        return secret_number * 2
    if flag:
        secret_number = 21
    return inner()

print(outer(True))
try:
    outer(False)
except NameError as e:
    print(type(e).__name__, e)
outer(False)
