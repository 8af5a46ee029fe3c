import service


def handle(n):
    return service.process(n)


print(handle(2))
print(handle(0))
