# An exception raised inside finally replaces the one in flight.
def cleanup(resource):
    print("cleaning", resource)
    if resource == "db":
        raise RuntimeError("cleanup of " + resource + " failed")

def work(items):
    done = []
    for it in items:
        try:
            if it == "bad":
                raise ValueError("bad item")
            done.append(it)
        finally:
            cleanup(it)
    return done

print(work(["a", "b"]))
try:
    work(["a", "bad", "c"])
except ValueError as e:
    print("caught", e)
try:
    work(["x", "db", "y"])
except RuntimeError as e:
    print("caught", e)
try:
    try:
        {}["k"]
    finally:
        cleanup("net")
except KeyError as e:
    print("KeyError survives a clean finally:", e)
print("now the fatal one")
try:
    work(["bad"])
finally:
    cleanup("db")
print("unreachable")
