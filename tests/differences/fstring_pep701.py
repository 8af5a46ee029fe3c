# DIFFERENCE: PEP 701 (Python 3.12) f-strings reusing the enclosing quote are rejected by
# ophis's parser with a syntax error and a note; CPython 3.12 prints "inner 1".
x = 1
print(f"{f"inner {x}"}")
