# f-string alignment, fill, truncation and conversions on strings.
s = "cat"
print(f"[{s}] [{s:<8}] [{s:>8}] [{s:^9}] [{s:^8}] [{s:8}]")
print(f"[{s:*^10}] [{s:-<6}] [{s:.>7}] [{s:0>5}] [{s:{'#'}^7}]")
print(f"[{s!r}] [{s!s}] [{s!r:>8}] [{s + '!'!r}]")
q = "it's"
print(f"[{q!r}] [{q}] [{q:>6}]")
print(f"[{'abcdef':.3}] [{'abcdef':>8.2}] [{'ab':.5}] [{'':>3}]")
print(f"[{s:2}] [{s:<1}] [{s:^1}]")
name = "ophis"
width = 11
fill = "~"
print(f"[{name:{fill}^{width}}] [{name:>{width - 4}}] [{name:.{2}}]")
print(f"{name}{name}", f"{name + '!'}", f"{len(name)}")
print(f"[{None}] [{None!r}] [{[1, 'a']}] [{(1,)}] [{ {'k': 1} }]")
print(f"[{[1, 2]!s}] [{'x'!r:^7}]")
print(f'single {s} "quoted"', f"double {s} 'quoted'")
print(f"{'nested ' + f'{s:>4}'}")
print(f"{{}}", f"{{{s}}}", f"a{{b}}c")
print(f"s={s!r}", f"{s!r:*<9}")
print(f"line\twith\ttabs {s}")
try:
    print(f"{s:d}")
except ValueError as e:
    print(e)
try:
    print(f"{s:+}")
except ValueError as e:
    print(e)
try:
    print(f"{s:=5}")
except ValueError as e:
    print(e)
try:
    print(f"{None:>6}")
except TypeError as e:
    print(e)
