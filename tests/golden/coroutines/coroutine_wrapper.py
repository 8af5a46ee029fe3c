# coro.__await__() is an iterator over the coroutine (a coroutine_wrapper): next/send/
# throw/close on it act on the coroutine, which is how generator-based code drives one.


class Ask:
    def __await__(self):
        answer = yield "question"
        return answer


async def conversation():
    a = await Ask()
    b = await Ask()
    return f"{a} and {b}"


w = conversation().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send("tea"))
try:
    w.send("cake")
except StopIteration as e:
    print("done:", e.value)


def legacy_driver():
    # A plain generator delegating to a coroutine's wrapper with `yield from`.
    result = yield from conversation().__await__()
    return result.upper()


g = legacy_driver()
print(next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print("legacy result:", e.value)

w2 = conversation().__await__()
next(w2)
try:
    w2.throw(ValueError("from wrapper"))
except ValueError as e:
    print("thrown through wrapper:", e)
w3 = conversation().__await__()
next(w3)
w3.close()
try:
    next(w3)
except RuntimeError as e:
    print("RuntimeError:", e)
print([x for x in conversation().__await__()])
