# Inline small-int fast paths (// % << >>) at every sign and at the 63-bit immediate boundary.
vals = [0, 1, -1, 7, -7, 2, -2, 3, -3, 4611686018427387903, -4611686018427387904, 100, -100]
for a in vals:
    for b in vals:
        try:
            print(a // b, a % b, end=" ")
        except ZeroDivisionError as e:
            print("Z", end=" ")
    print()
for a in vals:
    for s in [0, 1, 2, 5, 30, 61, 62, 63, 64, 100]:
        print(a << s, a >> s, end=" ")
    print()
try:
    print(1 >> -1)
except ValueError as e:
    print(e)
try:
    print(1 << -1)
except ValueError as e:
    print(e)
