# Cooperative multitasking with generators: a round-robin scheduler with sleeping and messages.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []  # (wake_time, seq, task)
        self.time = 0
        self.seq = 0
        self.results = {}
        self.mailboxes = {}
        self.waiting = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes[name] = []

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, _, task = self.sleeping.pop(0)
                self.time = wake
                self.ready.append(task)
                continue
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[t={self.time}] {name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"[t={self.time}] {name} crashed: {type(e).__name__}: {e}")
                continue
            self.handle(name, gen, request)

    def handle(self, name, gen, request):
        kind = request[0] if request else "yield"
        if kind == "sleep":
            self.seq += 1
            self.sleeping.append((self.time + request[1], self.seq, (name, gen, None)))
        elif kind == "send":
            _, to, msg = request
            if to in self.waiting:
                # Wake the receiver blocked in recv with the message.
                self.ready.append((to, self.waiting.pop(to), (name, msg)))
            else:
                self.mailboxes[to].append((name, msg))
            self.ready.append((name, gen, True))
        elif kind == "recv":
            box = self.mailboxes[name]
            if box:
                self.ready.append((name, gen, box.pop(0)))
            else:
                print(f"[t={self.time}] {name} blocks in recv")
                self.waiting[name] = gen
        else:
            self.ready.append((name, gen, self.time))


def ticker(name, n):
    for i in range(n):
        now = yield
        print(f"[t={now}] {name} tick {i}")
    return n


def sleeper(name, delays):
    total = 0
    for d in delays:
        print(f"{name} sleeps {d}")
        yield ("sleep", d)
        total += d
    return total


def producer():
    for item in ["apple", "pear"]:
        yield ("send", "C", item)
        yield ("sleep", 1)
    yield ("send", "C", None)
    return "produced"


def consumer():
    got = []
    while True:
        sender, msg = yield ("recv",)
        if msg is None:
            return got
        print(f"consumer got {msg} from {sender}")
        got.append(msg)


def crasher():
    yield
    raise RuntimeError("task failure")


s = Scheduler()
s.spawn("A", ticker("A", 3))
s.spawn("B", ticker("B", 2))
s.spawn("S", sleeper("S", [2, 3]))
s.spawn("P", producer())
s.spawn("C", consumer())
s.spawn("X", crasher())
s.run()
print({k: (v if not isinstance(v, Exception) else type(v).__name__) for k, v in sorted(s.results.items())})
print("final time", s.time)
