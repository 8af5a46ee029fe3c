# memoryview over bytes and bytearray: indexing, slicing, tobytes, release
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tobytes(), bytes(m[2:]), m.tolist()[:3])
print(m.readonly, m.nbytes, m.format, m.itemsize, m.obj, type(m).__name__)
print(m == b"abcdef", m == bytearray(b"abcdef"), m != b"x", m[1:3] == b"bc", m == memoryview(b"abcdef"))
print(list(m[3:]), m.hex(), m.hex(":"), b"xabcx".find(m[0:3]), b"--" + m[4:])
print(hash(m) == hash(b"abcdef"))
sub = m[1:5][1:3]
print(sub.tobytes(), len(sub), sub[0])
ba = bytearray(b"hello")
w = memoryview(ba)
w[0] = 74
w[1:3] = b"EL"
print(ba, w.readonly, w.tobytes())
ba[4] = 33
print(w.tobytes(), bytes(w))
attempt("index", lambda: m[6])
attempt("key", lambda: m["x"])
attempt("bad obj", lambda: memoryview(1))
attempt("str obj", lambda: memoryview("abc"))
attempt("hash writable", lambda: hash(w))
attempt("order type", lambda: m.tobytes(1))
attempt("tolist args", lambda: m.tolist(1))
attempt("ordering", lambda: m < b"a")

def assign(view, key, value):
    view[key] = value

attempt("assign readonly", lambda: assign(m, 0, 1))
attempt("assign big", lambda: assign(w, 0, 300))
attempt("assign str", lambda: assign(w, 0, "a"))
attempt("assign size", lambda: assign(w, slice(0, 1), b"xy"))
m.release()
print("released")
attempt("after release len", lambda: len(m))
attempt("after release index", lambda: m[0])
attempt("after release tobytes", lambda: m.tobytes())
