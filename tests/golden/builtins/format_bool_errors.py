# format() on bools follows int formatting, but errors name the bool type.
for spec in ["", "d", "x", "#b", ">5", "+", ".2f", "%", "e", "c", "n", "08"]:
    print(repr(spec), repr(format(True, spec)), repr(format(False, spec)))
for spec in ["s", "z", ",s", "=s"]:
    for v in [True, 7, 2.5]:
        try:
            print(repr(spec), type(v).__name__, repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), type(v).__name__, "ValueError:", e)
print(f"{True!s:>6}|{False!r:<6}|{True:^5}|{True:03}")
