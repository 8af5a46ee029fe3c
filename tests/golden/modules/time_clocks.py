import time

t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
n1 = time.perf_counter_ns()
w1 = time.time_ns()
c1 = time.process_time()
total = 0
for i in range(200000):
    total += i
time.sleep(0.02)
time.sleep(0)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
n2 = time.perf_counter_ns()
w2 = time.time_ns()
c2 = time.process_time()
print(t2 >= t1, p2 > p1, m2 > m1, n2 > n1, w2 >= w1, c2 >= c1)
print(p2 - p1 >= 0.02, m2 - m1 >= 0.019, n2 - n1 >= 20_000_000)
print(type(t1).__name__, type(n1).__name__, type(w1).__name__, type(c1).__name__)
print(t1 > 1.6e9, w1 > 1.6e18, abs(w1 / 1e9 - t1) < 5)
for bad in [-1, "a", None, float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(type(e).__name__, e)
print(time.sleep(0.001))
