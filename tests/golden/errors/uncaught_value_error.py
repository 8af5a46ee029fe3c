# An uncaught ValueError raised several frames deep ends the program.
def parse(text):
    print("parsing", repr(text))
    if text == "":
        raise ValueError("empty input is not allowed")
    return int(text)

def process(items):
    total = 0
    for item in items:
        try:
            total += parse(item)
        finally:
            print("finished item", repr(item))
        print("running total", total)
    return total

print(process(["1", "2", "30"]))
try:
    process(["5", "x"])
except ValueError as e:
    print("handled:", e)
print("now the fatal one")
process(["7", "", "8"])
print("never printed")
