# islice rejects a negative stop when it is called, not when it is iterated.
from itertools import islice, count

print(list(islice(count(), 3)))
it = islice(count(), -3)
print("not reached")
