# Mapping patterns: required keys, extra keys allowed, **rest, values patterns.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k} with {mods}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": (1, 2, 3)},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"pos": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

match {1: "a", 2: "b", 3: "c"}:
    case {1: _, 3: v, **rest}:
        print(v, rest)
match {"a": 1}:
    case {**rest}:
        print("rest copy", rest, type(rest).__name__)
match {"a": None}:
    case {"a": None}:
        print("None value present")
match {}:
    case {"a": None}:
        print("no")
    case {}:
        print("empty matches {}")
