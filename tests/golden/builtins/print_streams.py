# print with sep/end/file/flush, interleaving stdout and stderr.
import sys
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" | ")
print("no newline", end="")
print(" -- continued", end="\n\n")
print(sep="X", end="[empty]\n")
print("x", sep=None, end=None)
print("stderr line", file=sys.stderr)
print("to", "stderr", sep="-", file=sys.stderr, flush=True)
print("after stderr", flush=True)
for i in range(5):
    print(i, end=" " if i < 4 else "\n")
    print("err", i, file=sys.stderr)
print(*[1, 2, 3], sep="+", end="=6\n")
print(*"abc", *range(3), sep=":")
words = ["alpha", "beta"]
print(*words, "gamma", sep="\n")
print("tab", "sep", sep="\t")
print("", "", "", sep="|")
print("multi\nline", "arg")
sep = "::"
end = "!!\n"
print(1, 2, sep=sep, end=end)
print(end="")
print("unicode é € 😀", sep="")
out = sys.stdout
print("explicit stdout", file=out)
print("explicit None file", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
print("last")
