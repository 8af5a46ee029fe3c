# open(): text and binary, read and write modes, iteration, context manager, errors.
import os

path = "ophis_open_test.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    print(f.write("first line\n"), f.write("second line\nthird"))
    f.writelines(["\n", "fourth\n"])
print(f.closed)

with open(path) as f:
    print(repr(f.readline()))
    print(repr(f.read(6)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))

with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))

with open(path, "a") as f:
    f.write("appended ünïcode\n")
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines()[-1])

with open(path, "rb") as f:
    data = f.read()
    print(type(data).__name__, len(data), data[:5])

with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary\r\n"))
with open(path, "rb") as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()))

f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError", e)

try:
    open("definitely/not/here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(path, "rw")
except ValueError as e:
    print("ValueError", e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
with open(path, "w") as f:
    try:
        f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
with open(path, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError", e)
os.remove(path)
print(os.path.exists(path))
