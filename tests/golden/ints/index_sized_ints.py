# Indices between 2**62 and 2**63 still fit in a Py_ssize_t: they are just out of range.
s = "abc"
l = [1, 2, 3]
t = (1, 2, 3)
for idx in [2**62 - 1, 2**62, -2**62 - 1, 2**63 - 1, -2**63, 2**63, -2**63 - 1]:
    row = str(idx) + ":"
    for seq in [s, l, t, range(3)]:
        try:
            seq[idx]
            row += " ok"
        except IndexError as e:
            row += " IndexError(" + str(e) + ")"
    print(row)
    row = "   "
    try:
        l[idx] = 0
    except IndexError as e:
        row += " set IndexError(" + str(e) + ")"
    try:
        del l[idx]
    except IndexError as e:
        row += " del IndexError(" + str(e) + ")"
    try:
        l.pop(idx)
    except (IndexError, OverflowError) as e:
        row += " pop " + type(e).__name__ + "(" + str(e) + ")"
    print(row)
big = 4611686018427387904
print(big == 2**62, s[big - big], l[-(big // big)])
l.insert(2**62, "end")
l.insert(-2**63, "start")
print(l)
for n in [2**62, 2**63 - 1]:
    try:
        "ab" * n
    except OverflowError as e:
        print("str repeat", n, "OverflowError:", e)
for n in [-2**63 - 1, -2**64]:
    for seq in ["ab", [1], (1,)]:
        try:
            print(repr(seq * n))
        except OverflowError as e:
            print(type(seq).__name__, "repeat", n, "OverflowError:", e)
for n in [2**63, 2**64]:
    try:
        [].pop(n)
    except (IndexError, OverflowError) as e:
        print("pop", n, type(e).__name__ + ":", e)
    try:
        [1].insert(n, 0)
    except (IndexError, OverflowError) as e:
        print("insert", n, type(e).__name__ + ":", e)
