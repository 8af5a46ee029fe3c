# Instance attributes stored out of the class's first-seen order, deleted, re-added:
# vars() and __dict__ must list them in each instance's own insertion order.


class P:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2


def show(o):
    print(type(o).__name__, list(vars(o).items()))


x = P(False)
y = P(True)
show(x)
show(y)

# Skip a key, then fill it in later: order is the order of first stores.
class Q:
    pass


q1 = Q()
q1.a = 1
q1.b = 2
q1.c = 3
q2 = Q()
q2.a = 10
q2.c = 30
q2.b = 20
show(q1)
show(q2)

# Delete and re-add moves the key to the end.
q3 = Q()
q3.a, q3.b, q3.c = 1, 2, 3
del q3.a
q3.a = 4
show(q3)
print(q3.a, q3.b, q3.c)

# Deleting a missing attribute, and reading a deleted one.
q4 = Q()
q4.a = 1
try:
    del q4.zz
except AttributeError as e:
    print(type(e).__name__, e)
del q4.a
try:
    q4.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del q4.a
except AttributeError as e:
    print(type(e).__name__, e)
show(q4)
q4.a = 9
show(q4)

# Overwrites keep the position.
q5 = Q()
q5.c = 1
q5.a = 2
q5.c = 3
show(q5)
print(sorted(dir(q5))[-3:])
