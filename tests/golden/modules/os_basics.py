import os

print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir)
cwd = os.getcwd()
print(type(cwd).__name__, os.path.isabs(cwd), os.path.isdir(cwd))
print(os.path.basename(cwd) == "modules")
pid = os.getpid()
print(type(pid).__name__, pid > 0)
print("PATH" in os.environ, type(os.environ.get("PATH")).__name__)
print(os.environ.get("OPHIS_SURELY_UNSET_VAR"), os.environ.get("OPHIS_SURELY_UNSET_VAR", "dflt"))
print(os.getenv("OPHIS_SURELY_UNSET_VAR"), os.getenv("OPHIS_SURELY_UNSET_VAR", "fallback"))
print(os.getenv("PYTHONHASHSEED"), os.environ["PYTHONHASHSEED"])
try:
    os.environ["OPHIS_SURELY_UNSET_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
os.environ["OPHIS_NEW_VAR"] = "set"
print(os.getenv("OPHIS_NEW_VAR"))
try:
    os.getenv()
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.getenv(1)
except TypeError as e:
    print(type(e).__name__, e)
names = os.listdir(".")
print("os_basics.py" in names, "os_basics.stdout" in names)
print(sorted([n for n in names if n.startswith("os_basics.")]), len(os.listdir()) == len(names))
for bad in ["/nonexistent_ophis_dir", "os_basics.py"]:
    try:
        os.listdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
