# Runaway recursion raises RecursionError, which can be caught and recovered from.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
    print("is RuntimeError:", isinstance(e, RuntimeError))

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RuntimeError as e:
    print("mutual recursion:", type(e).__name__)
calls = 0

def counted(n):
    global calls
    calls += 1
    try:
        return counted(n + 1)
    finally:
        pass

try:
    counted(0)
except RecursionError:
    print("counted calls > 500:", calls > 500)

def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)

print("after recovery, depth 200 works:", fine(200))
for attempt in range(3):
    try:
        forever(attempt)
    except RecursionError:
        print("attempt", attempt, "hit the limit again")

def nested_lambda_recursion():
    f = lambda n: f(n + 1)
    return f(0)

try:
    nested_lambda_recursion()
except RecursionError as e:
    print("lambda recursion:", type(e).__name__)
print("done")
