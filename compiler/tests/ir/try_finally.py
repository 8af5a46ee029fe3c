# Exception edges, an except dispatch, and `return` through `finally`.
def f(x):
    try:
        return 10 // x
    except ZeroDivisionError as e:
        print("caught", e)
        return -1
    finally:
        print("done")


print(f(2), f(0))
