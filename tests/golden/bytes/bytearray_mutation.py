# bytearray as a mutable sequence: item and slice assignment, deletion and its methods
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"hello")
ba[0] = 74
ba[-1] = ord("y")
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b""
print(ba)
ba[0:0] = [65, 66]
print(ba)
ba[::2] = b"123"
print(ba)
ba[len(ba):] = bytearray(b"!!")
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))
ba.append(120)
ba.extend(b"yz")
ba.extend([1, 2])
ba.extend(bytearray(b"!"))
ba.extend(range(48, 50))
print(ba)
ba.insert(0, 95)
ba.insert(100, 96)
ba.insert(-1, 97)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(1)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.append(0)
print(ba, c, c is ba)
ba.clear()
print(ba)

def setitem(b, i, v):
    b[i] = v
    return b

def delitem(b, i):
    del b[i]
    return b

attempt("set big", lambda: setitem(bytearray(b"ab"), 0, 256))
attempt("set neg", lambda: setitem(bytearray(b"ab"), 0, -1))
attempt("set bytes", lambda: setitem(bytearray(b"ab"), 0, b"a"))
attempt("set out", lambda: setitem(bytearray(b"ab"), 5, 1))
attempt("set str key", lambda: setitem(bytearray(b"ab"), "k", 1))
attempt("slice int", lambda: setitem(bytearray(b"ab"), slice(0, 1), 5))
attempt("slice str", lambda: setitem(bytearray(b"ab"), slice(0, 1), "xy"))
attempt("slice bad items", lambda: setitem(bytearray(b"ab"), slice(0, 1), [300]))
attempt("slice str items", lambda: setitem(bytearray(b"ab"), slice(0, 1), ["a"]))
attempt("ext slice size", lambda: setitem(bytearray(b"abc"), slice(None, None, 2), b"xyz"))
attempt("ext slice ok", lambda: setitem(bytearray(b"abc"), slice(None, None, -1), b"xyz"))
attempt("del out", lambda: delitem(bytearray(b"ab"), 5))
attempt("bytes set", lambda: setitem(b"ab", 0, 1))
attempt("bytes del", lambda: delitem(b"ab", 0))
attempt("pop empty", lambda: bytearray().pop())
attempt("pop out", lambda: bytearray(b"a").pop(3))
attempt("pop many", lambda: bytearray(b"a").pop(1, 2))
attempt("append big", lambda: bytearray().append(256))
attempt("append str", lambda: bytearray().append("a"))
attempt("append none", lambda: bytearray().append())
attempt("extend int", lambda: bytearray().extend(1))
attempt("extend str", lambda: bytearray().extend("ab"))
attempt("extend bad", lambda: bytearray().extend([1, "a"]))
attempt("insert one", lambda: bytearray().insert(0))
attempt("insert str", lambda: bytearray().insert("a", 1))
attempt("remove missing", lambda: bytearray(b"a").remove(98))
attempt("copy args", lambda: bytearray().copy(1))
attempt("bytes append", lambda: b"a".append(1))
