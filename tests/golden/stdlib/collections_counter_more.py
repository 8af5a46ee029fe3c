# Counter for word statistics: ties keep first-seen order, mixed keys, arithmetic chains.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while a quick cat watches the fox"""
words = text.split()
wc = Counter(words)
print(wc.most_common(4))
print([w for w, n in wc.most_common() if n == 1][:6])
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(5), letters.total())
print(sorted((letters - Counter("aeiou" * 10)).items())[:5])

inventory = Counter(apples=5, pears=2)
sold = Counter(apples=3, pears=5, plums=1)
print(inventory - sold, sold - inventory, inventory + sold)
print((inventory | sold) - (inventory & sold))
c = Counter({"x": 3, 1: 2, (1, 2): 5})
print(c, c[(1, 2)], list(c.elements()).count("x"))
c[1] -= 5
print(c, +c, -c)
c.clear()
print(c, len(c), c.total())
print(Counter("mississippi") == Counter("ssissippimi"), Counter("ab") < Counter("abc"))
print(Counter([1, 1, 2]).most_common(1), Counter(["b", "a", "b", "a"]).most_common())
d = Counter(a=1)
d.update("abc")
d.update(Counter(c=4))
d.update(b=10)
print(d, d.most_common(2))
e = Counter(a=2)
e.subtract(Counter(a=5, z=1))
print(e, e.total())
class Tally(Counter):
    pass
t = Tally("aab")
print(t, t.copy(), type(t + t).__name__)
print(Counter({"a": 1.5, "b": 0.5}), Counter({"a": 1.5}) + Counter({"a": 1}))
