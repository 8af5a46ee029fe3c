import os

HERE = os.path.dirname(os.path.abspath(__file__))


def show(what, e):
    print(what, type(e).__name__ + ":", str(e).replace(HERE, "<dir>"))


try:
    from lib import missing_name
except ImportError as e:
    show("from lib import missing_name ->", e)
try:
    import no_such_module_here
except ImportError as e:
    show("import no_such_module_here ->", e)
try:
    import plain.sub
except ImportError as e:
    show("import plain.sub ->", e)
try:
    import lib.absent
except ImportError as e:
    show("import lib.absent ->", e)
try:
    from . import lib
except ImportError as e:
    show("from . import lib ->", e)
try:
    from lib import deeper
except ImportError as e:
    show("from lib import deeper ->", e)
import plain

try:
    plain.nope
except AttributeError as e:
    show("plain.nope ->", e)
del plain.X
try:
    print(plain.X)
except AttributeError as e:
    show("after del plain.X ->", e)
try:
    del plain.X
except AttributeError as e:
    show("del plain.X again ->", e)
print(plain.get_x_or_default())
try:
    from sys import nothing
except ImportError as e:
    show("from sys import nothing ->", e)
