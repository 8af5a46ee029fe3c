# Chained comparisons evaluate each operand at most once, left to right, and short-circuit.
def v(label, x):
    print("eval", label, end="; ")
    return x

print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 5) > v("b", 3) == v("c", 3) != v("d", 4) >= v("e", 4))
print(v("a", 1) == v("b", 1) is v("c", None))
print(v("a", 2) in v("b", [1, 2]) not in v("c", [[1]]))
print(v("a", 1) < v("b", 2) > v("c", 3) < v("d", 4))
print(not v("a", 1) < v("b", 2))
print(v("a", 0) or v("b", 1) < v("c", 2) and v("d", "last"))
x = 5
print(0 < x <= 5, 0 < x < 5, 1 < 2 < 3 < 4 < 5 < x, 10 > x > 4 > 3 > -1)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 < (2 == 2), "a" < "b" < "c" in "abc" in "xabcx")
count = 0
def tick():
    global count
    count += 1
    return count

print(tick() < tick() < tick(), count)
print(tick() > tick() > tick(), count)
print(1 if v("cond", 0) < 1 < v("never?", 2) else 2)
r = v("x", 3) < v("y", 2)
print(r, type(r).__name__)
s = [3, 1, 2]
print(s[0] > s[1] < s[2], s[v("i", 0)] < s[v("j", 1)] < s[v("k", 2)])
lst = []
print((lst.append(1) or lst) == [1] != [], lst)
