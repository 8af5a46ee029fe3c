import sys

print("start; plugins loaded:", "plugins" in sys.modules)


def load(name):
    if name == "alpha":
        from plugins import alpha as mod
    else:
        from plugins import beta as mod
    return mod


print(load("alpha").run())
print("after alpha:", "plugins.alpha" in sys.modules, "plugins.beta" in sys.modules)
print(load("beta").run())
print(load("alpha").run())
import plugins

print(sorted([k for k in dir(plugins) if not k.startswith("_")]))
