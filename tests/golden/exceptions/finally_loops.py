# finally runs on break and continue, in for and while loops.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "loop exited, i=" + str(i)

print(break_in_finally())

def continue_in_finally():
    n = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            n += 1
            continue
    return n

print(continue_in_finally())
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
print("done", n)
for outer in range(2):
    for inner in range(3):
        try:
            try:
                if inner == 1:
                    continue
                if inner == 2:
                    raise ValueError(inner)
            finally:
                print("inner finally", outer, inner)
        except ValueError as e:
            print("caught", e, "then break")
            break
