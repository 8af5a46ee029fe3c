# Mutually recursive functions, including through globals rebound later.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

print(is_even(10), is_odd(10), is_even(7), is_odd(7), is_even(0))
print(is_even(501), is_odd(501))

def hofstadter_f(n):
    return 1 if n == 0 else n - hofstadter_m(hofstadter_f(n - 1))

def hofstadter_m(n):
    return 0 if n == 0 else n - hofstadter_f(hofstadter_m(n - 1))

fs = []
ms = []
for i in range(15):
    fs.append(hofstadter_f(i))
    ms.append(hofstadter_m(i))
print(fs)
print(ms)

def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "+-":
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos

def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in "*/":
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value // rhs
    return value, pos

def parse_atom(tokens, pos):
    t = tokens[pos]
    if t == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if t == "-":
        value, pos = parse_atom(tokens, pos + 1)
        return -value, pos
    n = 0
    while pos < len(tokens) and "0" <= tokens[pos] <= "9":
        n = n * 10 + ord(tokens[pos]) - ord("0")
        pos += 1
    return n, pos

for src in ["1+2*3", "(1+2)*3", "100/7-2", "-(4*5)+21", "2*(3+(4-1)*2)/3", "12345*6789*1000"]:
    print(src, "=", parse_expr(src, 0)[0])
try:
    parse_expr("5/(3-3)", 0)
except ZeroDivisionError as e:
    print("5/(3-3) ->", e)

def ping(n):
    return "ping" if n == 0 else pong(n - 1)

pong = lambda n: "pong" if n == 0 else ping(n - 1)
print(ping(4), ping(5))
pong = lambda n: "replaced"
print(ping(3))
