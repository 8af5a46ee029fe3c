# raise ... from ... escaping to the top level; the last line names the new exception.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise RuntimeError(f"config key {k!r} missing") from e

cfg = {"host": "localhost", "port": 8080}
print(lookup(cfg, "host"), lookup(cfg, "port"))
try:
    lookup(cfg, "user")
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
lookup(cfg, ("tuple", 1))
