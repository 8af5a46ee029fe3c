# raise SystemExit(code) passes through `except Exception` and sets the exit status.
def risky(n):
    if n == 3:
        raise SystemExit(4)
    return 10 // n

results = []
for n in [1, 2, 5]:
    results.append(risky(n))
print(results)
try:
    risky(0)
except Exception as e:
    print("Exception handler caught", type(e).__name__)
print("entering the loop that exits")
for n in range(2, 6):
    try:
        print("risky", n, "->", risky(n))
    except Exception as e:
        print("never reached for SystemExit", e)
print("never printed")
