__all__ = ("first",)
first = "from a tuple __all__"
second = "not exported"
