# Exact messages of TypeErrors and friends raised by built-in operations.
one = 1
text = "s"
lst = [1, 2]
tup = (1,)
nothing = None
cases = [
    ("int + str", lambda: one + text),
    ("str + int", lambda: text + one),
    ("list + tuple", lambda: lst + tup),
    ("tuple + list", lambda: tup + lst),
    ("None + int", lambda: nothing + one),
    ("int - str", lambda: one - text),
    ("str * str", lambda: text * text),
    ("list * float", lambda: lst * 1.5),
    ("str < int", lambda: text < one),
    ("int > None", lambda: one > nothing),
    ("list <= tuple", lambda: lst <= tup),
    ("-str", lambda: -text),
    ("~float", lambda: ~1.5),
    ("len(int)", lambda: len(one)),
    ("int[0]", lambda: one[0]),
    ("None[0]", lambda: nothing[0]),
    ("call int", lambda: one()),
    ("call str", lambda: text()),
    ("sum(int)", lambda: sum(one)),
    ("list[str]", lambda: lst["0"]),
    ("tuple[float]", lambda: tup[0.0]),
    ("int % str", lambda: one % text),
    ("int ** str", lambda: one ** text),
    ("str // int", lambda: text // one),
    ("dict[list]", lambda: {}[lst]),
    ("float(list)", lambda: float(lst)),
    ("int in int", lambda: one in one),
    ("min(int)", lambda: min(one)),
]
for name, fn in cases:
    try:
        fn()
        print(name, "-> no error")
    except TypeError as e:
        print(name, "->", e)
try:
    tup[0] = 5
except TypeError as e:
    print("tuple assign ->", e)
try:
    for ch in one:
        pass
except TypeError as e:
    print("for over int ->", e)
try:
    a, b = one
except TypeError as e:
    print("unpack int ->", e)
try:
    text[0] = "x"
except TypeError as e:
    print("str assign ->", e)
