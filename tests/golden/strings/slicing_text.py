# Slicing text: code points, not bytes; steps, negative bounds, empty results.
words = "naïve café ☕ done"
print(words[:5], words[6:10], words[-4:], words[::3], words[::-2])
print(repr(words[3:3]), repr(words[20:]), repr(words[-1:-5]))
for i in range(0, len(words), 4):
    print(i, repr(words[i:i + 4]))
n = "0123456789"
print(n[1::2], n[8:1:-3], n[-2::-4], n[:100], n[-100:])
first, last = n[0], n[-1]
print(first + last, n[len(n) // 2:])
