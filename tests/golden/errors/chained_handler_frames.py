# An exception raised inside an except handler, several frames deep, is uncaught.
def parse(s):
    return int(s)

def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            print("bad value", repr(v), "->", e)
            if v == "":
                raise LookupError("empty value at index " + str(len(out)))
    return out

def main():
    print(load(["1", "x", "3"]))
    try:
        load(["4", ""])
    except LookupError as e:
        print("recovered:", e)
    return load(["5", "six", "", "8"])

main()
