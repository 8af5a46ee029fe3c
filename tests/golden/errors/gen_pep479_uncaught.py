# A StopIteration leaking out of a generator body ends the program as a RuntimeError.


def first_words(lines):
    it = iter(lines)
    while True:
        line = next(it)  # PEP 479: this StopIteration must not end the generator silently
        yield line.split()[0]


for word in first_words(["alpha beta", "gamma delta"]):
    print(word)
print("not reached")
