# An exception escaping a with block: __exit__ runs, then the traceback.


# Uncaught: the traceback goes through the with statement.


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exiting")


with Quiet():
    {}["missing"]
