# an uncaught UnicodeDecodeError prints CPython's last traceback line and exits with 1
def load(data):
    return data.decode("utf-8")

print(load(b"fine"))
print(load(b"caf\xc3"))
