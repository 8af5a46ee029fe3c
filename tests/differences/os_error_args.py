# OSError raised by os functions: str(), errno, strerror and filename match CPython, but
# `args` also holds the filename: CPython (2, 'No such file or directory'),
# ophis (2, 'No such file or directory', '/nonexistent').
import os

try:
    os.remove("/nonexistent")
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
    print(e.args)
