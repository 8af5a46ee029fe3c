# f-strings with nested replacement fields in specs, conversions and expressions.
x = 7
w = 6
print(f"{x:{w}}|{x:<{w}}|{x:{'*'}^{w}}|{x:{w}d}|{x:0{w}b}")
fmt = ">8.3f"
print(f"{3.14159:{fmt}}|{2.5:{fmt[0]}{w}}|{-1.0:{fmt}}")
vals = [1, 22, 333]
print(f"{vals[0]}{vals[-1]!r:>5}{len(vals):{len(vals)}}")
d = {"k": "v", 1: 2}
print(f"{d['k']} {d[1]:03} {d!r}")
print(f"{'a' if x > 5 else 'b'} {x if x < 5 else -x:+} {(lambda y: y * 2)(x)}")
print(f"{x:=^9}", f"{-x:=9}")
print(f"{'{'}{x}{'}'}", f"{{{x}}}", f"{{x}}")
s = "multi"
print(f"""{s}
{s!r:>10}
{s:.2}""")
print(f"{1_000_000:,} {1_000_000:_} {0x_ff} {0b_1010:#x} {0o17:#o}")
print(f"{2 ** 64:,} {-(2 ** 70):_x} {255:#010b} {12345:^+12,}")
