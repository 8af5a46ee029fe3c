# `module.name` loads and `module.f()` calls through site caches: rebinding, deleting and
# module-level __getattr__ must be seen at every cached site.
import config


def read():
    return config.LEVEL, config.scale(3)


for _ in range(3):
    print(read())
config.LEVEL = 5
print(read())
config.scale = lambda x: ("patched", x)
print(read())
del config.LEVEL
try:
    read()
except AttributeError as e:
    print("AttributeError:", e)
config.LEVEL = 2
print(read())
for _ in range(2):
    print(config.dynamic)
config.dynamic = "bound now"
print(config.dynamic)
del config.dynamic
print(config.dynamic)
try:
    config.missing
except AttributeError as e:
    print("AttributeError:", e)
config.NAMES.append("c")
print(config.NAMES)


def reader(m):
    return m.LEVEL


import other

for m in (config, other, config, other):
    print(reader(m))
other.LEVEL = "other rebound"
print(reader(other), reader(config))
