# except* inside generators and with statements.

def gen():
    for i in range(3):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i), TypeError(i)])
            yield f"even {i}"
        except* ValueError as e:
            yield f"value part {e.exceptions[0].args}"
        except* TypeError as e:
            yield f"type part {e.exceptions[0].args}"


print(list(gen()))


class Recorder:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, tp, value, tb):
        print("exit", tp.__name__ if tp else None, repr(value))
        return False


try:
    with Recorder():
        raise ExceptionGroup("in with", [KeyError("k"), OSError("o")])
except* KeyError as e:
    print("keys", repr(e))
except* OSError as e:
    print("oses", repr(e))

# A group raised from a generator's consumer.
def numbers():
    yield 1
    raise ExceptionGroup("gen failed", [ArithmeticError("a")])


try:
    for n in numbers():
        print("got", n)
except* ArithmeticError as e:
    print("caught from generator", repr(e))
