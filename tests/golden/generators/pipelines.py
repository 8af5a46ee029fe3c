# Pipelines of generators: each stage pulls lazily from the previous one.

LOG = """\
2024-01-03 10:00:01 INFO  web   request /index 200 12ms
2024-01-03 10:00:02 WARN  db    slow query 340ms
2024-01-03 10:00:02 INFO  web   request /about 200 8ms
# a comment line
2024-01-03 10:00:03 ERROR web   request /login 500 95ms

2024-01-03 10:00:04 INFO  web   request /index 304 3ms
2024-01-03 10:00:05 ERROR db    connection lost
2024-01-03 10:00:06 INFO  web   request /api 200 41ms
"""

trace = []


def read_lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line


def non_blank(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        date, time, level, source, *rest = line.split()
        trace.append("parse")
        yield {"time": time, "level": level, "source": source, "msg": " ".join(rest)}


def only(records, **wanted):
    for r in records:
        if all(r[k] == v for k, v in wanted.items()):
            yield r


def durations(records):
    for r in records:
        last = r["msg"].split()[-1]
        if last.endswith("ms"):
            yield r["time"], int(last[:-2])


pipeline = durations(only(parse(non_blank(read_lines(LOG))), source="web"))
print("built, trace:", trace)
first = next(pipeline)
print("first:", first, "trace:", trace)
rest = list(pipeline)
print("rest:", rest)
print("reads:", trace.count("read"), "parses:", trace.count("parse"))

# Aggregation at the end of a pipeline.
errors = only(parse(non_blank(read_lines(LOG))), level="ERROR")
by_source = {}
for r in errors:
    by_source.setdefault(r["source"], []).append(r["msg"])
print(by_source)


# Stages as generator functions taking functions.
def stage_map(fn, items):
    for x in items:
        yield fn(x)


def stage_filter(pred, items):
    for x in items:
        if pred(x):
            yield x


def batched(items, size):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


numbers = range(1, 30)
stages = stage_map(lambda b: sum(b), batched(stage_filter(lambda n: n % 3 == 0, stage_map(lambda n: n * n, numbers)), 3))
print(list(stages))


# Composing a pipeline from a list of stage functions.
def compose(source, *stages):
    for stage in stages:
        source = stage(source)
    return source


def double(xs):
    for x in xs:
        yield x * 2


def dedupe(xs):
    seen = set()
    for x in xs:
        if x not in seen:
            seen.add(x)
            yield x


def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total


print(list(compose([3, 1, 3, 2, 1, 5], dedupe, double, running_total)))
print(list(compose([], dedupe, double, running_total)))
print(list(compose("abcabc", dedupe)))
