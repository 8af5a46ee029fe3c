# After an uncaught exception's traceback, module globals are still released.
class Conn:
    def __del__(self):
        print("conn closed")


c = Conn()
print("working")
raise RuntimeError("fatal")
