# break/continue inside try/except/finally inside loops that have else clauses.
def scan(items):
    log = []
    for x in items:
        try:
            if x == 0:
                raise ZeroDivisionError("zero")
            if x < 0:
                continue
            if x > 100:
                break
            log.append(100 // x)
        except ZeroDivisionError:
            log.append("z")
            continue
        finally:
            log.append("f")
    else:
        log.append("else")
    return log

print(scan([5, 0, -1, 20]))
print(scan([5, 200, 7]))
print(scan([]))
print(scan([0, 0]))

def while_variant(limit):
    n = 0
    hits = 0
    while n < limit:
        n += 1
        try:
            try:
                if n % 3 == 0:
                    raise KeyError(n)
                if n == 7:
                    break
            except KeyError as e:
                hits += 1
                if hits == 2:
                    continue
                print("  key", e)
            else:
                print("  clean", n)
        finally:
            print("  finally", n)
    else:
        print("  while-else, n =", n)
        return "exhausted"
    return "broke at " + str(n)

print(while_variant(5))
print(while_variant(10))

def nested_else():
    for i in range(3):
        for j in range(3):
            try:
                if i == j == 1:
                    break
            finally:
                pass
        else:
            print("inner else", i)
            continue
        print("inner broke", i)
    else:
        print("outer else")

nested_else()

def except_break():
    for i in range(10):
        try:
            [1, 2][i]
        except IndexError:
            print("index", i, "out, breaking")
            break
        else:
            print("got", i)
    else:
        print("not reached")
    return i

print(except_break())
