# os.environ is a plain dict snapshot of the environment taken when `os` is first imported:
# reading, `in`, `get`, assignment and `os.getenv` behave as in CPython, but
# `type(os.environ).__name__` is 'dict' (CPython: '_Environ') and assignments do not reach
# the process environment (child processes do not exist in ophis programs yet).
import os

print(type(os.environ).__name__)
