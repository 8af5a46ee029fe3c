# The global statement, module-level state and del of names.
counter = 0

def bump(n=1):
    global counter
    counter += n
    return counter

print(bump(), bump(5), counter)

def create_global():
    global created
    created = "made inside"

create_global()
print(created)

def read_only():
    return counter * 2

print(read_only())

def shadow():
    counter = -1
    return counter

print(shadow(), counter)
total = 0
for i in range(5):
    total += i
print(total)

def reset():
    global total, counter
    total = counter = 0

reset()
print(total, counter)
temp = "temporary"
print(temp)
del temp
try:
    print(temp)
except NameError as e:
    print("NameError:", e)
temp = "again"
print(temp)

def delete_local():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)

print(delete_local())

def broken():
    print(counter)
    counter = 5

try:
    broken()
except UnboundLocalError as e:
    print(e)
try:
    del never_defined
except NameError as e:
    print(e)
