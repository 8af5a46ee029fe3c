# break/continue in nested loops and for/while else interplay.
def find_pair(target, items):
    for a in items:
        for b in items:
            if a < b and a + b == target:
                return a, b
    return None

print(find_pair(10, [1, 3, 7, 9]), find_pair(100, [1, 2]))

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()

found = False
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = True
            break
    if found:
        break
print("first i*j==6:", i, j)

for i in range(6):
    if i % 3 == 0:
        continue
    for j in range(3):
        if j == 1:
            continue
        print(i, j, end=" | ")
print()

count = 0
for i in range(4):
    k = 0
    while k < 10:
        k += 1
        if k % 2:
            continue
        if k > i * 2:
            break
        count += 1
    else:
        print("inner while exhausted at i =", i)
print("count", count)

for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("never, inner always breaks eventually except outer", outer)
    print("outer", outer, "inner", inner)
