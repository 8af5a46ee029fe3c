# Referencing a name that was never assigned is a NameError at run time.
def greet(who):
    return "hello " + who

print(greet("world"))
count = 3
while count > 0:
    print("countdown", count)
    count -= 1
try:
    print(spelled_wrong)
except NameError as e:
    print("caught:", e)
if count:
    print(unreachable_name)
print("still fine, count =", count)

def broken():
    return greet(undefined_person)

broken()
print("never printed")
