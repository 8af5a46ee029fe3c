# Reading a local before it is assigned raises UnboundLocalError.
total = 100

def show_total():
    print("global total is", total)

def add_to_total(n):
    print("adding", n)
    total = total + n
    return total

show_total()

def safe(n):
    local_total = total + n
    return local_total

print(safe(5), safe(-5))
try:
    add_to_total(1)
except UnboundLocalError as e:
    print("caught:", e)
print("trying again without a safety net")
add_to_total(2)
print("never printed")
