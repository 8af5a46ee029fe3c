# An error inside a comprehension, uncaught: the traceback names the enclosing function.
def table(n):
    return {i: 10 // (3 - i) for i in range(n)}


print(table(3))
print(table(5))
