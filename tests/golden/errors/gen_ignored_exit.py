# An uncaught RuntimeError from closing a generator that refuses to stop once.
# (At interpreter shutdown CPython closes it again; the second request is obeyed silently.)


def stubborn(name):
    refused = False
    while True:
        try:
            yield name
        except GeneratorExit:
            if refused:
                return
            refused = True
            print(name, "refuses to close")


s = stubborn("s1")
print(next(s))
s.close()
print("not reached")
