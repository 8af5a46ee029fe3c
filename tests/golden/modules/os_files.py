import os

base = os.path.join("/tmp", "ophis_golden_os_files_" + str(os.getpid()))
nested = os.path.join(base, "a", "b", "c")
os.makedirs(nested)
print(os.path.isdir(nested))
os.makedirs(nested, exist_ok=True)
try:
    os.makedirs(nested)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
os.mkdir(os.path.join(base, "d"))
print(sorted(os.listdir(base)))
try:
    os.remove(os.path.join(base, "missing.txt"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "d"))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(os.path.join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.mkdir(os.path.join(base, "x", "y"))
except OSError as e:
    print(type(e).__name__, e.errno)
os.rename(os.path.join(base, "d"), os.path.join(base, "e"))
print(sorted(os.listdir(base)))
for d in [nested, os.path.join(base, "a", "b"), os.path.join(base, "a"), os.path.join(base, "e"), base]:
    os.rmdir(d)
print(os.path.exists(base))
try:
    os.listdir(base)
except FileNotFoundError as e:
    print(type(e).__name__, str(e).replace(base, "BASE"))
