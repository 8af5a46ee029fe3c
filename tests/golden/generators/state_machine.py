# A send-driven state machine: a tokenizer for a tiny key=value protocol.


def tokenizer(out):
    """Receives characters one by one; emits (kind, text) tokens into out."""
    state = "start"
    buf = []
    while True:
        ch = yield state
        if state == "start":
            if ch.isalpha():
                buf = [ch]
                state = "key"
            elif ch == " ":
                pass
            else:
                out.append(("error", ch))
        elif state == "key":
            if ch.isalnum() or ch == "_":
                buf.append(ch)
            elif ch == "=":
                out.append(("key", "".join(buf)))
                buf = []
                state = "value"
            else:
                out.append(("error", ch))
                state = "start"
        elif state == "value":
            if ch == '"':
                state = "quoted"
            elif ch == ";":
                out.append(("value", "".join(buf)))
                state = "start"
            else:
                buf.append(ch)
        elif state == "quoted":
            if ch == '"':
                state = "value"
            else:
                buf.append(ch)


def run(text):
    tokens = []
    m = tokenizer(tokens)
    states = [next(m)]
    for ch in text:
        states.append(m.send(ch))
    m.close()
    return tokens, states[-1]


print(run('name=ophis; lang="py thon"; n=3;'))
print(run("a=1;b"))
print(run("=oops;x=y;"))
print(run('q="a;b";'))


# A turnstile: states as generator code positions rather than variables.
def turnstile(log):
    while True:
        # locked
        event = yield "locked"
        while event != "coin":
            log.append(f"locked: ignore {event}")
            event = yield "locked"
        # unlocked
        event = yield "unlocked"
        while event == "coin":
            log.append("unlocked: refund coin")
            event = yield "unlocked"
        log.append(f"unlocked: {event} passes")


log = []
t = turnstile(log)
print(next(t))
for ev in ["push", "coin", "coin", "push", "push", "coin", "push"]:
    print(ev, "->", t.send(ev))
print(log)


# A traffic light whose timer is sent in; throw() forces an emergency state.
def traffic_light():
    durations = {"green": 3, "yellow": 1, "red": 2}
    order = ["green", "yellow", "red"]
    i = 0
    elapsed = 0
    while True:
        color = order[i]
        try:
            tick = yield color
        except RuntimeError as e:
            print("emergency:", e)
            i, elapsed = 2, 0
            continue
        elapsed += tick
        if elapsed >= durations[color]:
            i = (i + 1) % 3
            elapsed = 0


light = traffic_light()
seq = [next(light)]
for _ in range(6):
    seq.append(light.send(1))
print(seq)
print(light.throw(RuntimeError("ambulance")))
print([light.send(1) for _ in range(4)])
