# An uncaught user exception: the traceback's last line uses its __str__ and qualified name.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"bad config key {self.key!r}: {self.reason}"


def load(settings):
    for key, value in settings.items():
        if value is None:
            raise ConfigError(key, "value missing")
    return settings


print(load({"a": 1}))
print("loading broken settings")
load({"a": 1, "b": None})
print("unreachable")
