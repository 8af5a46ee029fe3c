import sys

for attempt in range(2):
    try:
        import fragile
    except ZeroDivisionError as e:
        print("attempt", attempt, "failed:", e, "| in sys.modules:", "fragile" in sys.modules)
import broken

print("not reached")
