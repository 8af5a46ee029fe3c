# format() of complex numbers: every presentation type, precision, sign, fill and
# alignment, grouping, `#` and `z`, infinities and NaN, and the specs complex refuses.
z = 3.14159 - 2.5j
for spec in ["", ".2f", "10.3f", "<20", "^30.2e", "+.3g", " g", "g", "e", "E", "F", "G", "_>25", "n", ".0f", "#.0f", "z.1f", ".3", "*^16"]:
    print(repr(spec), repr(format(z, spec)))
print(f"{1j:}", f"{complex(0, -0.0):.1f}", f"{complex(1e20, 1e-5):g}", format(2 + 0j, ""), format(-0j, ".2f"))
print(format(complex(1234567.5, -7654321.25), ",.2f"), format(complex(1234567, 89), "_"))
print(format(complex(float("inf"), float("nan")), ""), format(complex(float("-inf"), 1), ".1f"), format(complex(0, float("inf")), "E"))
print(format(complex(-0.0, 2), ""), format(complex(0.0, -2), "8"), format(complex(-1e-7, 5e-300), ".2"))
for bad in ["05", "=10", "d", "%", "c", "x", "0<9"]:
    try:
        format(z, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print("%s %r" % (z, z))
print("{:8.2f}|{:>20}|{!s:^22}".format(z, z, z))

