# User-defined exceptions: hierarchies, args, __str__, custom __init__, chaining.
class AppError(Exception):
    pass


class ConfigError(AppError):
    pass


class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(host, code)
        self.host = host
        self.code = code

    def __str__(self):
        return "cannot reach " + self.host + " (code " + str(self.code) + ")"


class Silent(AppError):
    def __init__(self, msg):
        self.msg = msg  # super().__init__ not called


class Detailed(ValueError):
    def __init__(self, value, reason="bad"):
        super().__init__("invalid value " + repr(value) + ": " + reason)
        self.value = value


for exc in [AppError(), AppError("one"), AppError("a", 2), ConfigError("missing key"),
            NetworkError("example.org", 503), Silent("quiet"), Detailed(5), Detailed("x", "worse")]:
    print(type(exc).__name__, "| str:", str(exc), "| args:", exc.args, "| repr:", repr(exc))

print(issubclass(ConfigError, AppError), issubclass(AppError, Exception),
      issubclass(Detailed, ValueError), issubclass(NetworkError, ConfigError))
print([c.__name__ for c in NetworkError.__mro__])


def risky(kind):
    if kind == 1:
        raise ConfigError("no config")
    if kind == 2:
        raise NetworkError("db", 1)
    if kind == 3:
        raise Detailed(-1)
    if kind == 4:
        raise Silent("hush")
    return "fine"


for k in range(5):
    try:
        print(risky(k))
    except ConfigError as e:
        print("config:", e)
    except AppError as e:
        print("app:", type(e).__name__, e, e.args)
    except ValueError as e:
        print("value:", e, e.value)

# catching with a tuple of user classes
try:
    risky(2)
except (ConfigError, NetworkError) as e:
    print("tuple caught", e.host, e.code)

# raising the class instantiates it
try:
    raise ConfigError
except AppError as e:
    print(type(e).__name__, repr(e), e.args)


# chaining
class WrapperError(AppError):
    pass


try:
    try:
        risky(1)
    except ConfigError as inner:
        raise WrapperError("wrapped") from inner
except WrapperError as e:
    print(e, "caused by", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise ConfigError("during handling")
except ConfigError as e:
    print(e, "context", type(e.__context__).__name__, e.__context__)

# exception attributes and mutation of args
e = NetworkError("h", 2)
e.args = ("changed",)
print(e.args, str(e), e.host)
e2 = AppError("x")
e2.extra = [1]
print(e2.extra, e2.__dict__)


# __str__ / __repr__ overrides and fallbacks
class Coded(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __repr__(self):
        return "Coded<" + str(self.code) + ">"


print(str(Coded(3)), repr(Coded(3)), [Coded(4)])


# exceptions are ordinary classes: methods, class attributes
class HttpError(Exception):
    status = 500

    def describe(self):
        return str(self.status) + " " + (self.args[0] if self.args else "?")


class NotFound(HttpError):
    status = 404


try:
    raise NotFound("page")
except HttpError as e:
    print(e.describe(), isinstance(e, NotFound), HttpError().describe())


# not deriving from BaseException cannot be raised or caught
class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except NotAnException:
        print("never")
except TypeError as e:
    print(type(e).__name__, e)


# BaseException subclasses are not caught by except Exception
class Fatal(BaseException):
    pass


try:
    try:
        raise Fatal("fatal")
    except Exception:
        print("wrong handler")
except BaseException as e:
    print("base caught", type(e).__name__, e)


# subclassing built-in exceptions keeps their behaviour
class MyKeyError(KeyError):
    pass


try:
    raise MyKeyError("k")
except LookupError as e:
    print(type(e).__name__, str(e), repr(e))


class MyStop(StopIteration):
    pass


print(MyStop(5).value)

# with_traceback/add_note exist on user exceptions
ex = AppError("noted")
ex.add_note("a note")
print(ex.__notes__)

# exception groups aside, multiple inheritance from two exception classes
class Both(KeyError, AppError):
    pass


try:
    raise Both("both")
except AppError as e:
    print("as AppError", type(e).__name__, e)
try:
    raise Both("both")
except KeyError as e:
    print("as KeyError", repr(e))
