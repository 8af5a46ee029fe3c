# Wrapping a generator: a peekable iterator with push-back, used by a small parser.


class ParseError(Exception):
    pass


class Peekable:
    _EMPTY = object()

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buffer = []

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer:
            return self._buffer.pop()
        return next(self._it)

    def peek(self, default=_EMPTY):
        if not self._buffer:
            try:
                self._buffer.append(next(self._it))
            except StopIteration:
                if default is Peekable._EMPTY:
                    raise
                return default
        return self._buffer[-1]

    def push(self, value):
        self._buffer.append(value)


def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("num", int(text[i:j]))
            i = j
        elif ch in "+-*/()":
            yield ("op", ch)
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r} at {i}")


def parse_expr(tokens):
    value = parse_term(tokens)
    while tokens.peek(None) in (("op", "+"), ("op", "-")):
        _, op = next(tokens)
        rhs = parse_term(tokens)
        value = value + rhs if op == "+" else value - rhs
    return value


def parse_term(tokens):
    value = parse_atom(tokens)
    while tokens.peek(None) in (("op", "*"), ("op", "/")):
        _, op = next(tokens)
        rhs = parse_atom(tokens)
        value = value * rhs if op == "*" else value // rhs
    return value


def parse_atom(tokens):
    kind, val = next(tokens)
    if kind == "num":
        return val
    if val == "(":
        v = parse_expr(tokens)
        closing = next(tokens, None)
        if closing != ("op", ")"):
            raise ParseError("expected )")
        return v
    if val == "-":
        return -parse_atom(tokens)
    raise ParseError(f"unexpected {val!r}")


def evaluate(text):
    tokens = Peekable(tokenize(text))
    try:
        v = parse_expr(tokens)
        rest = tokens.peek(None)
        if rest is not None:
            return f"trailing {rest}"
        return v
    except StopIteration:
        return "unexpected end"
    except ParseError as e:
        return f"{type(e).__name__}: {e}"


for text in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * 5", "1 +", "1 2", "2 $ 3", "(1"]:
    print(f"{text!r} = {evaluate(text)}")

# Peek on an exhausted generator.
p = Peekable(x for x in [1])
print(p.peek(), next(p), p.peek("none"))
try:
    p.peek()
except StopIteration:
    print("StopIteration from peek")
p.push(99)
print(list(p))
