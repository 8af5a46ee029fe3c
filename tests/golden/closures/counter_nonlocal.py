# Counters built from closures with nonlocal state.
def make_counter(start=0, step=1):
    count = start

    def next_value():
        nonlocal count
        count += step
        return count
    return next_value

c1 = make_counter()
c2 = make_counter(100, -10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())
c3 = make_counter(2 ** 63 - 2)
print(c3(), c3(), c3())

def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: " + str(balance))
        balance -= amount
        history.append(-amount)
        return balance

    def report():
        return balance, history
    return deposit, withdraw, report

dep, wd, rep = make_account(50)
print(dep(25), wd(70), rep())
try:
    wd(10)
except ValueError as e:
    print("ValueError:", e)
print(dep(0.5), rep())
d2, w2, r2 = make_account(0)
print(r2(), rep()[0])

def toggler():
    state = False

    def flip():
        nonlocal state
        state = not state
        return state
    return flip

t = toggler()
print(t(), t(), t())
