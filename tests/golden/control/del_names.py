# del of locals then use (UnboundLocalError), of globals (NameError), and of items.
def local_del():
    x = 10
    y = x * 2
    del x
    try:
        return x + y
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "rebound"
    return x, y

print(local_del())

def del_in_loop():
    out = []
    for i in range(4):
        tmp = i * i
        out.append(tmp)
        del tmp
    try:
        print(tmp)
    except NameError as e:
        print(type(e).__name__, "-", e)
    del i
    try:
        i
    except UnboundLocalError:
        print("loop var deleted")
    return out

print(del_in_loop())

def del_twice():
    z = 1
    del z
    try:
        del z
    except UnboundLocalError as e:
        print("second del:", e)

del_twice()
g = "global value"
def read_g():
    return g

print(read_g())
del g
try:
    read_g()
except NameError as e:
    print("NameError:", e)
try:
    del g
except NameError as e:
    print("del again:", e)
g = "back"
print(read_g())
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
del lst[1]
print(lst)
try:
    del lst[10]
except IndexError as e:
    print("IndexError:", e)
d = {"a": 1, "b": 2, (1, 2): 3}
del d[(1, 2)]
del d["a"]
print(d)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)

def conditional_del(flag):
    v = "here"
    if flag:
        del v
    return v

print(conditional_del(False))
try:
    conditional_del(True)
except UnboundLocalError as e:
    print(e)
