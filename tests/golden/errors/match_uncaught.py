# A match error nobody catches: a traceback and exit status 1.
class C:
    __match_args__ = ("a",)
    a = 1


match C():
    case C(a, b):
        print("no")
