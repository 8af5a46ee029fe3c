print("counter initialising, __name__ =", __name__)
count = 0
LIMIT = 100


def bump():
    global count
    count += 1
    return count


def get():
    return count


def describe():
    return f"{__name__}: {count}/{LIMIT}"


if __name__ == "__main__":
    print("counter run directly")
