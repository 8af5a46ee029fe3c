# NameError, UnboundLocalError and names unbound after except blocks.
try:
    print(missing_variable)
except NameError as e:
    print(type(e).__name__, e)

def uses_before_assign():
    total = total + 1
    return total

try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))

def conditional_assign(flag):
    if flag:
        value = "set"
    return value

print(conditional_assign(True))
try:
    conditional_assign(False)
except NameError as e:
    print("caught as NameError:", e)
try:
    raise ValueError("temporary")
except ValueError as err:
    print("inside handler:", err)
try:
    print(err)
except NameError as e:
    print("after handler:", e)

def handler_var_in_function():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc

try:
    handler_var_in_function()
except UnboundLocalError as e:
    print(e)

def call_undefined():
    return not_a_function(1)

try:
    call_undefined()
except NameError as e:
    print(e)
x = 10
del x
try:
    x += 1
except NameError as e:
    print(e)
