# f-string format specs applied to integers.
x = 42
n = -42
print(f"[{x}] [{x:5d}] [{x:<5}] [{x:>5}] [{x:^5}] [{x:05}] [{n:05d}] [{n:5}]")
print(f"[{x:+d}] [{n:+d}] [{x: d}] [{n: d}] [{0:+}] [{x:-d}]")
print(f"[{x:x}] [{x:X}] [{x:#x}] [{x:#X}] [{n:#x}] [{255:08x}] [{255:#010x}]")
print(f"[{x:b}] [{x:#b}] [{n:b}] [{5:#010b}] [{x:o}] [{x:#o}] [{0:#b}]")
print(f"[{1234567:,}] [{1234567:_}] [{-1234567:,d}] [{123:,}] [{1000:,}] [{2 ** 64:,}]")
print(f"[{0xDEADBEEF:_x}] [{2 ** 20:_b}] [{1234567:>15,}] [{1234567:015,}]")
print(f"[{x:*^10}] [{x:=>8}] [{n:=8}] [{n:0=8}] [{x:#>+6}]")
print(f"[{x:%}] [{x:.1%}] [{x:e}] [{x:.2f}] [{x:g}]")
print(f"[{True:d}] [{True:>5}] [{True}] [{False:x}] [{True!r}]")
print(f"[{2 ** 100}] [{-(2 ** 70):x}] [{2 ** 64:#b}]")
print(f"[{10 ** 25:,}] [{-(10 ** 25):_}]")
w = 8
print(f"[{x:{w}}] [{x:<{w}}] [{x:0{w}}] [{x:{'^'}{w}}] [{x:{w}x}]")
print(f"{{literal}} {{{x}}} {{x}} }}{x}{{")
print(f"{x}{n}{x}", f"{x + n}", f"{x * 2:>4}", f"{x // 5}")
for bad in ["5.2d", "s", ",_", ",b"]:
    try:
        print(f"{x:{bad}}")
    except ValueError as e:
        print(e)
try:
    print(f"{x:.2}")
except ValueError as e:
    print(e)
