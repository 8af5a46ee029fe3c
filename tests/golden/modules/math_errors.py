import math

cases = [
    (math.sqrt, (-1,)), (math.sqrt, ("a",)), (math.sqrt, (None,)), (math.sqrt, ()), (math.sqrt, (1, 2)), (math.sqrt, (10**400,)),
    (math.log, (0,)), (math.log, (-1,)), (math.log, (-(10**500),)), (math.log, (10, 1)), (math.log, (1, 0)), (math.log, ()), (math.log, (1, 2, 3)), (math.log, ("x",)),
    (math.log2, (0,)), (math.log10, (-1.5,)), (math.log1p, (-1,)), (math.log1p, (-2,)),
    (math.exp, (1000,)), (math.exp, (10**400,)), (math.exp2, (1025,)), (math.expm1, (1000,)),
    (math.pow, (0, -1)), (math.pow, (-1, 0.5)), (math.pow, (10, 400)), (math.pow, (1,)), (math.pow, (1, 2, 3)),
    (math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.remainder, (1, 0)), (math.remainder, (math.inf, 2)),
    (math.acos, (2,)), (math.asin, (-1.5,)), (math.acosh, (0,)), (math.atanh, (1,)), (math.atanh, (-1,)),
    (math.cos, (math.inf,)), (math.sin, (-math.inf,)), (math.tan, (math.inf,)), (math.sinh, (1000,)), (math.cosh, (-1000,)),
    (math.floor, (math.nan,)), (math.floor, (math.inf,)), (math.ceil, (-math.inf,)), (math.floor, ("1",)), (math.ceil, (None,)),
    (math.trunc, (math.nan,)), (math.trunc, ("a",)), (math.trunc, ([],)),
    (math.factorial, (-1,)), (math.factorial, (1.5,)), (math.factorial, (2**70,)), (math.factorial, ("5",)),
    (math.comb, (1,)), (math.comb, (-1, 2)), (math.comb, (5, -1)), (math.comb, (5.0, 2)), (math.perm, (5, -1)), (math.perm, (-5,)),
    (math.isqrt, (-1,)), (math.isqrt, (2.0,)), (math.isqrt, ("4",)), (math.gcd, (1.5,)), (math.gcd, (4, "a")), (math.lcm, (2.5,)),
    (math.ldexp, (1.0, 1.5)), (math.ldexp, (1, 10000)), (math.ldexp, (1e308, 2)), (math.frexp, ("x",)), (math.modf, (None,)),
    (math.hypot, ("a",)), (math.dist, ([1], [1, 2])), (math.dist, (1, 2)), (math.dist, ([1],)),
    (math.fsum, ([1, "a"],)), (math.fsum, ([math.inf, -math.inf],)), (math.fsum, ([1e308, 1e308],)), (math.fsum, (5,)),
    (math.prod, (1,)), (math.prod, ([1, 2], 3)), (math.isclose, (1,)), (math.isclose, (1, 2, 3)), (math.isclose, (1, 2)),
    (math.atan2, (1,)), (math.copysign, (1,)), (math.copysign, ("a", 1)), (math.nextafter, (1,)), (math.ulp, ("a",)),
    (math.erf, ("a",)), (math.gamma, ("a",)), (math.isnan, ("nan",)), (math.isinf, (None,)), (math.degrees, ([],)),
]
for f, args in cases:
    name = f.__name__
    try:
        r = f(*args)
        print(name, args, "->", r)
    except Exception as e:
        print(name, args, "!!", type(e).__name__, e)
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(x=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.isclose(1, 2, tol=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.nextafter(1, 2, steps=-1)
except ValueError as e:
    print(type(e).__name__, e)
