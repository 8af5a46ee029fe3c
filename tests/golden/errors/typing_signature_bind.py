# Signature.bind raises CPython's TypeError when a required argument is missing.
import inspect


def connect(host, port=80, *, timeout):
    pass


sig = inspect.signature(connect)
print(sig.bind("h", timeout=1))
sig.bind("example.org", 8080)
