# Rebinding the name of the generator a for loop iterates does not change the loop's
# iterator; closing or exhausting it from inside the loop ends the loop at the next step.


def letters(word):
    try:
        for c in word:
            yield c
    finally:
        print("  letters", repr(word), "finished")


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def main():
    g = numbers(4)
    for x in g:
        print("x", x)
        if x == 1:
            g = numbers(100)  # the loop still iterates the first one
    print("replaced one untouched:", next(g))

    g = numbers(6)
    for x in g:
        print("y", x)
        if x == 2:
            g.close()  # the loop ends at its next step
    print("closed:", list(g))

    g = numbers(6)
    for x in g:
        print("z", x)
        if x == 1:
            print("  drained inside:", list(g))
    print("after drained loop")

    gens = [letters("ab"), letters("cd")]
    for g in gens:
        for c in g:
            print("c", c)
            if c == "c":
                gens.append(letters("e"))
    print("done", len(gens))

    # Loop over a generator stored in a list that drops it mid-loop: the loop keeps it alive.
    holder = [letters("xyz")]
    for c in holder[0]:
        print("held", c)
        holder.clear()
    print("holder cleared")


main()
