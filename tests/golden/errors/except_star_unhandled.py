# What no except* clause handles propagates, with the original traceback.

def load():
    raise ExceptionGroup("load failed", [ValueError("v"), TypeError("t"), KeyError("k")])


def main():
    try:
        load()
    except* ValueError as e:
        print("handled", repr(e))


main()
