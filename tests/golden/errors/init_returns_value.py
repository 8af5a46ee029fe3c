# `__init__` returning a value, uncaught, from a call site whose record was filled on the
# first (successful) call.
class Counter:
    def __init__(self, n):
        self.n = n
        if n == 3:
            return n


def make_all():
    made = []
    for i in range(5):
        made.append(Counter(i))
        print("made", made[-1].n)
    return made


make_all()
