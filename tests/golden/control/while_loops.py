# while loops with break, continue and else.
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("while-else ran, i =", i)

n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print("odd", n)
else:
    print("not printed")
print("after break, n =", n)

k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("no 4, k =", k)

j = 0
while j < 0:
    print("never")
else:
    print("else on zero iterations")

collatz = 27
steps = 0
while collatz != 1:
    if collatz % 2 == 0:
        collatz //= 2
    else:
        collatz = 3 * collatz + 1
    steps += 1
print("collatz steps", steps)

a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)

outer = 0
while outer < 3:
    inner = 0
    while True:
        inner += 1
        if inner > outer:
            break
    print(outer, inner)
    outer += 1
