# A class whose __init__ stores 42 attributes through compiled sites: the first 30 fit the
# shared keys, the rest force the instance dict; reads, overwrites and deletes across the
# boundary, and a second instance created after the keys filled.


class Wide:
    def __init__(self, k):
        self.a0 = k + 0
        self.a1 = k + 1
        self.a2 = k + 2
        self.a3 = k + 3
        self.a4 = k + 4
        self.a5 = k + 5
        self.a6 = k + 6
        self.a7 = k + 7
        self.a8 = k + 8
        self.a9 = k + 9
        self.a10 = k + 10
        self.a11 = k + 11
        self.a12 = k + 12
        self.a13 = k + 13
        self.a14 = k + 14
        self.a15 = k + 15
        self.a16 = k + 16
        self.a17 = k + 17
        self.a18 = k + 18
        self.a19 = k + 19
        self.a20 = k + 20
        self.a21 = k + 21
        self.a22 = k + 22
        self.a23 = k + 23
        self.a24 = k + 24
        self.a25 = k + 25
        self.a26 = k + 26
        self.a27 = k + 27
        self.a28 = k + 28
        self.a29 = k + 29
        self.a30 = k + 30
        self.a31 = k + 31
        self.a32 = k + 32
        self.a33 = k + 33
        self.a34 = k + 34
        self.a35 = k + 35
        self.a36 = k + 36
        self.a37 = k + 37
        self.a38 = k + 38
        self.a39 = k + 39
        self.a40 = k + 40
        self.a41 = k + 41

    def total(self):
        return self.a0 + self.a3 + self.a6 + self.a9 + self.a12 + self.a15 + self.a18 + self.a21 + self.a24 + self.a27 + self.a30 + self.a33 + self.a36 + self.a39

    def bump(self):
        self.a0 += 1000
        self.a29 += 1000
        self.a30 += 1000
        self.a41 += 1000


ws = [Wide(k) for k in range(3)]
for w in ws:
    print(w.total(), w.a0, w.a29, w.a30, w.a41, len(vars(w)))
ws[1].bump()
print(ws[1].a0, ws[1].a29, ws[1].a30, ws[1].a41, ws[0].a41)
del ws[2].a5
print(hasattr(ws[2], 'a5'), list(vars(ws[2]))[4:7], list(vars(ws[0]))[-2:])
ws[2].a5 = 'back'
print(list(vars(ws[2]))[-1], ws[2].a5)


class Narrow:
    def __init__(self):
        self.p = 1


n = Narrow()
for i in range(35):
    setattr(n, 'x%d' % i, i)
m = Narrow()
m.x34 = 'm'
print(n.p, n.x0, n.x34, len(vars(n)), m.p, m.x34, list(vars(m)))
tot = 0
for i in range(200):
    o = Narrow()
    o.q = i
    tot += o.p + o.q
print(tot)
