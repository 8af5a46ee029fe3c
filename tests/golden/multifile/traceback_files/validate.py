def check(n):
    if n == 0:
        raise ValueError(f"bad value: {n}")
