# Instantiating a protocol class is a TypeError (uncaught here).
from typing import Protocol


class Greeter(Protocol):
    def greet(self) -> str: ...


print("before")
Greeter()
