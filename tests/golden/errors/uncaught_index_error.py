# Walking off the end of a list raises IndexError: list index out of range.
values = [10, 20, 30]
i = 0
total = 0
while i < 3:
    total += values[i]
    print("index", i, "value", values[i], "total", total)
    i += 1
print(values[-1], values[-3])
for probe in [3, -4]:
    try:
        print(values[probe])
    except IndexError as e:
        print("probe", probe, e)
try:
    print("abc"[5])
except IndexError as e:
    print(e)
try:
    print((1, 2)[2])
except IndexError as e:
    print(e)
print("about to fail")
print(values[i])
print("never printed")
