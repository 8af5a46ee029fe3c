# An uncaught exception class defined inside another class: the last stderr line shows
# the qualified name as CPython prints it (module plus __qualname__).
class Service:
    class Unavailable(RuntimeError):
        pass

    def call(self, n):
        if n > 2:
            raise Service.Unavailable(f"service down after {n} calls")
        return n


s = Service()
for i in range(1, 5):
    print("call", s.call(i))
