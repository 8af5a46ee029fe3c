print("second starts")
B = 2
from first import A

print("second finished")
