# An exception thrown into a generator that does not handle it ends the program.


def worker():
    try:
        while True:
            job = yield
            print("job", job)
    finally:
        print("worker cleanup")


w = worker()
next(w)
w.send("a")
w.throw(PermissionError, "access denied to queue")
print("not reached")
