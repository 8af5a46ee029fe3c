# Converting an infinite float to int raises OverflowError.
values = [1.5, -2.75, 1e18, 2.0 ** 70]
for v in values:
    print(v, int(v))
inf = float("inf")
print(inf, -inf, inf > 1e308)
try:
    int(float("nan"))
except ValueError as e:
    print("caught:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("caught:", e)
print(int(1e308) > 10 ** 307)
scaled = 1e300
while scaled < inf:
    scaled *= 1e10
print("scaled up to", scaled)
print(int(scaled))
print("never printed")
