import sys

print(sys.argv[0], len(sys.argv))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.platform, sys.byteorder)
v = sys.version_info
print(v.major, v.minor, v[0], v[:2], v >= (3, 8), v < (4,), (3, 12) <= v, len(v), v.releaselevel)
print(type(v).__name__, isinstance(v, tuple), tuple(v)[:2], list(v)[3:], v.index(12))
major, minor, micro, level, serial = v
print(major, minor, level, serial)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.float_info[0] == sys.float_info.max, sys.float_info.radix, sys.float_info.max_exp, sys.float_info.min_10_exp)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
n = sys.stdout.write("written\n")
print(n)
sys.stderr.write("to stderr\n")
print("after", file=sys.stdout)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    v.major = 4
except AttributeError as e:
    print(type(e).__name__)
try:
    sys.exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code)
