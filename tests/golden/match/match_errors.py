# Run-time errors raised while matching, with CPython's messages.
class NotTuple:
    __match_args__ = ["x"]
    x = 1


class BadElem:
    __match_args__ = (1,)


class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


class Boom:
    def __eq__(self, other):
        raise RuntimeError("eq failed")


class Holder:
    boom = Boom()


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def not_a_class():
    match 1:
        case Holder.boom():
            return "no"


def match_args_list():
    match NotTuple():
        case NotTuple(x):
            return x


def match_args_elem():
    match BadElem():
        case BadElem(y):
            return y


def too_many_positional():
    match Two():
        case Two(a, b, c):
            return a


def builtin_two_positional():
    match 5:
        case int(a, b):
            return a


def duplicate_attr():
    match Two():
        case Two(a, a=1):
            return "x"


def eq_raises():
    match 1:
        case Holder.boom:
            return "no"


def isinstance_fallback():
    match 1:
        case Two(a):
            return "no"
        case _:
            return "no match, no error"


def too_many_no_match_args():
    class Plain:
        pass

    match Plain():
        case Plain(1):
            return "no"


for f in [not_a_class, match_args_list, match_args_elem, too_many_positional,
          builtin_two_positional, duplicate_attr, eq_raises, isinstance_fallback,
          too_many_no_match_args]:
    attempt(f.__name__, f)
