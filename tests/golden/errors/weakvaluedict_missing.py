# A WeakValueDictionary entry disappears with its value: the lookup raises KeyError.
import weakref


class Blob:
    pass


d = weakref.WeakValueDictionary()
b = Blob()
d["blob"] = b
print(len(d), "blob" in d)
del b
print(len(d), "blob" in d)
d["blob"]
