# return/break/continue leaving async with and try/finally blocks await every exit on the
# way out, in order.


class Mark:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Scope:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await Mark("enter " + self.name)

    async def __aexit__(self, t, e, tb):
        await Mark("exit " + self.name)
        self.log.append("exit " + self.name + (" with " + t.__name__ if t else ""))


async def nested(log, mode):
    for i in range(3):
        async with Scope(f"loop{i}", log):
            try:
                async with Scope("inner", log):
                    if mode == "return":
                        return "returned"
                    if mode == "break":
                        break
                    if mode == "continue":
                        continue
                    if mode == "raise":
                        raise ValueError(mode)
            finally:
                log.append("finally")
                await Mark("finally")
    return "fell through"


def run(coro):
    marks = []
    try:
        while True:
            marks.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(marks)


for mode in ["return", "break", "continue", "raise"]:
    log = []
    try:
        print(mode, run(nested(log, mode)))
    except ValueError as e:
        print(mode, "raised", e)
    print("  ", log)
