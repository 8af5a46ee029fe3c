import os.path
from os.path import join, basename, dirname, splitext, split, normpath, isabs

print(join("a"), join("a", "b", "c"), join("/a", "b"), join("a", "/b", "c"), join("a/", "b"), join("", "b"), join("a", ""))
print(join("a", "b/", "c"), join("/", "x"), join("a", "", "", "b"))
for p in ["", "/", "a", "/a", "a/", "/a/b", "/a/b/", "a/b/c.txt", "//x", "///x/y", ".hidden", "/x/.bashrc"]:
    print(repr(p), repr(basename(p)), repr(dirname(p)), split(p))
for p in ["a.txt", "a.tar.gz", ".bashrc", "..x", "a/b.c/d", "a/.x", "no_ext", "/a/b.", "x/...y", ""]:
    print(repr(p), splitext(p))
for p in ["", ".", "a//b", "a/./b", "a/../b", "../a", "/../a", "//a/b", "///a", "a/b/../../..", "/a/b/c/../d/", "a/..", "./"]:
    print(repr(p), repr(normpath(p)))
print(isabs("/x"), isabs("x"), isabs(""))
print(os.path.exists("os_path.py"), os.path.exists("nope.py"), os.path.isfile("os_path.py"), os.path.isdir("os_path.py"))
print(os.path.isdir("."), os.path.isdir(".."), os.path.isfile("."), os.path.exists(""), os.path.exists("a\0b"))
print(os.path.abspath("x") == join(os.getcwd(), "x"), os.path.abspath("/a/../b"), os.path.abspath(".") == os.getcwd())
print(os.path.getsize("os_path.py") > 100)


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


attempt(join)
attempt(join, 1)
attempt(join, "a", 1)
attempt(basename, 1)
attempt(splitext, None)
attempt(os.path.getsize, "nope.txt")
attempt(os.path.exists)
