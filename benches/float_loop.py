# Benchmark: float arithmetic loops.
# Measures: float +, -, *, / and comparisons in tight loops inside functions,
# int -> float conversion via arithmetic, no library calls.  Three kernels:
# midpoint-rule integration of 4/(1+x^2) (= pi), the Leibniz series for pi,
# and a small float-only Mandelbrot escape-count grid.


def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def leibniz(n):
    s = 0.0
    sign = 1.0
    d = 1.0
    for i in range(n):
        s += sign / d
        sign = -sign
        d += 2.0
    return 4.0 * s


def mandel(size, max_iter):
    count = 0
    y = 0
    while y < size:
        ci = 2.0 * y / size - 1.0
        x = 0
        while x < size:
            cr = 2.5 * x / size - 2.0
            zr = 0.0
            zi = 0.0
            it = 0
            while it < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            count += it
            x += 1
        y += 1
    return count


def main():
    print("integrate:", integrate(4000000))
    print("leibniz:", leibniz(4000000))
    print("mandel:", mandel(140, 300))


main()
