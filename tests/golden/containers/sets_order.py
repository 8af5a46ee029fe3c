# Iteration order of int sets through growth, deletion, pops and copies (CPython's table).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
s = set()
for step in range(300):
    op = rnd(10)
    v = rnd(400) - 50
    if op < 5:
        s.add(v)
    elif op < 7:
        s.discard(v)
    elif op == 7 and s:
        s.pop()
    elif op == 8:
        s.difference_update(range(v, v + rnd(30)))
    else:
        s.update(range(v, v + rnd(20), 3))
    if step % 25 == 0:
        print(step, len(s), s)
print(s.copy(), frozenset(s), hash(frozenset(s)))
print(s & set(range(0, 400, 2)), s - set(range(100)), s ^ set(range(50, 70)))
print(set(range(100, 0, -9)) | set([-5, -6, 1000]), set([2 ** 40, 2 ** 62, -(2 ** 70)]))
