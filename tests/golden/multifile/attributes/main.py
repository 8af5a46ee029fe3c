import settings
from settings import levels

settings.debug = True
settings.new_attr = "added"
print(settings.report())
levels.append("trace")
print(settings.levels)
settings.levels = ["only"]
print(settings.report(), levels)
settings.incr(5)
print(settings.total, getattr(settings, "total"), hasattr(settings, "nope"))
setattr(settings, "total", 100)
settings.incr(1)
print(settings.total)
print(sorted([k for k in vars(settings) if not k.startswith("__")]))
print(settings.__getattr_demo__ if hasattr(settings, "__getattr_demo__") else "no demo")
print(settings.lazy_thing)
