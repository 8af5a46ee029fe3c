# locals() in a class body is the namespace being built.

class Config:
    name = "cfg"
    size = 3
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
    ns = locals()
    ns["injected"] = "through locals()"
    print(sorted(k for k in vars() if not k.startswith("__")))


print(Config.snapshot)
print(Config.injected, Config.__qualname__)
print(Config.ns["size"])


def factory(tag):
    class Made:
        label = tag
        here = locals()
        keys = ("label" in here, "tag" in here)
    return Made


print(factory("t").keys)
