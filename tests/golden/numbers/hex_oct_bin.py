# hex(), oct(), bin() and ascii()
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100) + 1, True, False]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(2 ** 70), 16) == 2 ** 70, int(oct(-99), 0), int(bin(37), 2) if False else int(bin(37), 0))
attempt("hex float", lambda: hex(1.0))
attempt("oct str", lambda: oct("7"))
attempt("bin none", lambda: bin(None))
attempt("hex none args", lambda: hex())
attempt("hex two", lambda: hex(1, 2))
print(ascii("plain"), ascii("caf\xe9"), ascii("\u20ac\U0001f600"), ascii(["\xe9", 1, b"\xe9"]), ascii(1.5))
print(ascii({"k\xe9y": "v"}), ascii("tab\there"), ascii("quote'"))
attempt("ascii none", lambda: ascii())
