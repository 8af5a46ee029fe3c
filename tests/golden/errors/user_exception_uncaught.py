# An uncaught user exception with a custom __str__ ends the program with status 1.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return self.field + ": " + self.problem


def check(record):
    if "name" not in record:
        raise ValidationError("name", "is required")
    return record["name"]


print(check({"name": "ok"}))
try:
    check({})
except ValidationError as e:
    print("caught once:", e)
print("now uncaught")
check({"age": 3})
print("not reached")
