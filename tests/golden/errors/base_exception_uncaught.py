# A BaseException subclass instance escapes handlers that only catch Exception.
def layer(n):
    try:
        if n == 0:
            raise BaseException("from the bottom", n)
        layer(n - 1)
    except Exception:
        print("layer", n, "caught Exception (wrong)")
    finally:
        print("layer", n, "finally")

try:
    layer(2)
except BaseException as e:
    print("top caught", type(e).__name__, e.args)
layer(1)
