# Validating descriptors in the ORM style: __set_name__, per-instance storage, __delete__, errors.
class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return getattr(obj, self.private)
        except AttributeError:
            raise AttributeError(f"{type(obj).__name__}.{self.public} is not set") from None

    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        if not hasattr(obj, self.private):
            raise AttributeError(f"{self.public} already deleted")
        delattr(obj, self.private)

    def validate(self, value):
        pass


class Number(Validator):
    def __init__(self, minimum=None, maximum=None):
        self.minimum, self.maximum = minimum, maximum

    def validate(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{self.public} must be a number, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{self.public} must be <= {self.maximum}")


class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)

    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public} must be one of {sorted(self.options)}, not {value!r}")


class Product:
    price = Number(minimum=0)
    quantity = Number(0, 1000)
    kind = OneOf("tool", "toy")

    def __init__(self, price, quantity, kind):
        self.price = price
        self.quantity = quantity
        self.kind = kind


p = Product(9.5, 3, "tool")
print(p.price, p.quantity, p.kind, sorted(vars(p)))
for attr, value in [("price", -1), ("price", "free"), ("quantity", 5000), ("kind", "food"), ("price", True)]:
    try:
        setattr(p, attr, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del p.kind
try:
    p.kind
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.kind
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Product(1, 2, "car")
except ValueError as e:
    print(type(e).__name__, e)
print(type(Product.price).__name__, Product.price.public, Product.kind.private)
p.__dict__["price"] = "shadow attempt"
print(p.price)
q = Product(1, 1, "toy")
print(p.quantity, q.quantity, q.kind)
