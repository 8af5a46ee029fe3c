# A suspended generator is closed when its last reference goes; its finally runs right then.


def tracked(name):
    print(f"  {name}: started")
    try:
        yield 1
        yield 2
    finally:
        print(f"  {name}: finally")


print("del a started generator")
g = tracked("a")
next(g)
print("before del")
del g
print("after del")

print("rebinding the name")
g = tracked("b")
next(g)
g = tracked("c")
print("rebound (c not started)")
next(g)
g = None
print("set to None")

print("unstarted generator: nothing runs")
u = tracked("d")
del u
print("after del d")

print("finished generator: finally ran already")
f = tracked("e")
print(list(f))
del f
print("after del e")

print("temporary in an expression")
print("first item:", next(tracked("f")))
print("statement after temporary")

print("inside a function: closed when the function returns")


def use_one():
    gen = tracked("g")
    print("  got", next(gen))
    print("  leaving use_one")


use_one()
print("after use_one")

print("in a container")
holder = [tracked("h1"), tracked("h2")]
for gen in holder:
    next(gen)
del gen
print("clearing the list")
holder.clear()
print("cleared")

print("break out of a for loop over a temporary")
for item in tracked("i"):
    print("  item", item)
    break
print("after break")

print("exception out of a for loop")
try:
    for item in tracked("j"):
        raise KeyError("stop")
except KeyError:
    print("  handler runs after the generator's finally")
del item
print("end")
