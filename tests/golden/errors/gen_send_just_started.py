# Sending a value into a generator that was never primed.


def listener():
    while True:
        msg = yield
        print("got", msg)


ear = listener()
print("created listener")
ear.send("hello")
