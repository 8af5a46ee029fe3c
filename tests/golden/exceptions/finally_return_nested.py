# return inside finally overrides exceptions raised deep in nested loops.
def search(grid, target):
    found = None
    try:
        for r in range(len(grid)):
            row = grid[r]
            for c in range(len(row)):
                if row[c] == target:
                    found = (r, c)
                    raise LookupError(found)
                if row[c] < 0:
                    raise ValueError("negative at " + str((r, c)))
        return "absent"
    finally:
        print("finally sees found =", found)
        if found is not None:
            return found

grid = [[1, 2, 3], [4, 5, 6], [7, -8, 9]]
print(search(grid, 5))
print(search(grid, 1))
try:
    print(search(grid, 9))
except ValueError as e:
    print("escaped:", e)
print(search([[1], [2]], 3))

def count_then_swallow(n):
    total = 0
    try:
        i = 0
        while True:
            j = 0
            while j < i:
                total += j
                if total > n:
                    raise OverflowError(total)
                j += 1
            i += 1
    finally:
        return ("swallowed", total, i, j)

print(count_then_swallow(10))
print(count_then_swallow(100))

def finally_overrides_return(x):
    try:
        try:
            return "inner try " + str(x)
        finally:
            if x > 1:
                return "inner finally " + str(x)
    finally:
        if x > 2:
            return "outer finally " + str(x)

for x in range(4):
    print(finally_overrides_return(x))

def finally_in_loop_return():
    out = []
    for i in range(5):
        try:
            if i == 3:
                return out
            out.append(i)
        finally:
            out.append(-i)
    return None

print(finally_in_loop_return())
