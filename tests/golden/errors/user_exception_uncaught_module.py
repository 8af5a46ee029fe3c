# An uncaught exception from a nested user class hierarchy, raised inside a method.
class Error(Exception):
    pass


class StateError(Error):
    pass


class Machine:
    def __init__(self):
        self.state = "idle"

    def stop(self):
        if self.state != "running":
            raise StateError("cannot stop from state " + repr(self.state))
        self.state = "idle"


m = Machine()
print("stopping")
m.stop()
