# One nonlocal counter shared by several closures, including nested ones.
def counter_suite(start):
    count = start
    history = []

    def inc(by=1):
        nonlocal count
        count += by
        history.append(("inc", by))
        return count

    def dec(by=1):
        nonlocal count
        count -= by
        history.append(("dec", by))
        return count

    def reset():
        nonlocal count, history
        old = count
        count = start
        history = []
        return old

    def peek():
        return count, len(history)

    def make_stepper(step):
        def stepper():
            nonlocal count
            count += step
            return count
        return stepper

    return inc, dec, reset, peek, make_stepper

inc, dec, reset, peek, make_stepper = counter_suite(10)
print(inc(), inc(5), dec(), dec(3))
print(peek())
s3 = make_stepper(3)
s_neg = make_stepper(-7)
print(s3(), s3(), s_neg(), peek())
print(reset(), peek(), inc(), peek())

i2, d2, r2, p2, m2 = counter_suite(0)
i2(100)
print(p2(), peek())

def tally(words):
    n = 0
    longest = ""

    def see(w):
        nonlocal n, longest
        n += 1
        if len(w) > len(longest):
            longest = w

    for w in words:
        see(w)
    return n, longest

print(tally(["a", "abc", "ab", "abcd", "xyz"]))

total = 0
def global_and_nonlocal():
    x = 0
    def bump():
        global total
        nonlocal x
        x += 1
        total += 10
        return x
    bump()
    bump()
    return x

print(global_and_nonlocal(), total)
print(global_and_nonlocal(), total)
