# A handler that itself fails on the third iteration of a while loop.
count = 0
results = []
while count < 10:
    count += 1
    try:
        results.append(100 // (3 - count))
    except ZeroDivisionError:
        results.append(int("three"))
    finally:
        print("iteration", count, results)
print("unreachable")
