# complex() from numbers and strings
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["1+2j", "(1+2j)", " ( -1.5e3-2J ) ", "j", "-j", "+J", "1_0j", "infj", "nan-infj", "1e500j", "3", " 4.5 ",
          "-1-1j", "1+j", "1-j", ".5j", "1.e2+3.e-1j", "-inf", "Infinity+1j", "1+", "", "1 + 2j", "j1", "1jj",
          "(1+2j", "1+2i", "((1j))", "1e+j", "--1j", "0x1j", "1_j", "\u0661j"]:
    attempt(repr(s), lambda: complex(s))
attempt("ints", lambda: complex(1, 2))
attempt("floats", lambda: complex(1.5, -2.5))
attempt("bools", lambda: complex(True, False))
attempt("complex arg", lambda: complex(1j))
attempt("complex both", lambda: complex(1j, 1j))
attempt("complex real + float", lambda: complex(1 + 2j, 3))
attempt("float + complex imag", lambda: complex(1, 2j))
attempt("keywords", lambda: complex(real=1, imag=2))
attempt("imag only", lambda: complex(imag=2))
attempt("str and imag", lambda: complex("1", 2))
attempt("imag str", lambda: complex(1, "2"))
attempt("none", lambda: complex(None))
attempt("list", lambda: complex([1]))
attempt("imag list", lambda: complex(1, [1]))
attempt("too many", lambda: complex(1, 2, 3))
attempt("bad kw", lambda: complex(x=1))
attempt("big int", lambda: complex(10 ** 400))
