# Counter.fromkeys raises NotImplementedError, uncaught.
from collections import Counter

c = Counter("hello")
print(c.most_common(2))
Counter.fromkeys(["a", "b"], 1)
