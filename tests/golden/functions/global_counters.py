# Global counters modified in functions; global declared for new names.
hits = 0
log = []

def hit(n=1):
    global hits
    hits += n
    log.append(hits)
    return hits

for i in range(5):
    hit(i)
print(hits, log)

def create_global():
    global fresh
    fresh = "created"

try:
    print(fresh)
except NameError as e:
    print("before:", e)
create_global()
print("after:", fresh)

def remove_global():
    global fresh
    del fresh

remove_global()
try:
    print(fresh)
except NameError as e:
    print("removed:", e)

def shadow_then_global():
    hits = -1
    def inner():
        global hits
        hits += 100
        return hits
    return hits, inner()

print(shadow_then_global(), hits)

def walrus_global():
    global hits
    if (hits := hits * 2) > 100:
        return "big"
    return "small"

print(walrus_global(), hits, walrus_global(), hits)

def unbound_global_augment():
    try:
        missing_counter += 1
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(unbound_global_augment())

def local_augment():
    try:
        hits += 1
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(local_augment())
del hits
try:
    hit()
except NameError as e:
    print(e)
