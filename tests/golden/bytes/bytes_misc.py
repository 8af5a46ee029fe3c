# bytes in everyday code: building, parsing and comparing byte data
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

header = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n"
lines = header.split(b"\r\n")
method, path, version = lines[0].split()
print(method, path, version, method == b"GET")
fields = {}
for line in lines[1:]:
    if line:
        k, _, v = line.partition(b": ")
        fields[k.lower()] = v
print(sorted(fields.items()))
text = "h\xe9llo w\xf6rld"
data = text.encode()
print(len(text), len(data), data.decode() == text, data.count(b"\xc3"), data.upper())
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) % 65521
print(checksum)
buf = bytearray()
for i in range(5):
    buf += bytes([i * 50])
    buf.extend(str(i).encode())
print(buf, buf.hex(" "), bytes(buf[::2]))
packed = (1234).to_bytes(2, "big") + (-2).to_bytes(2, "big", signed=True) + b"tail"
print(packed, int.from_bytes(packed[:2], "big"), int.from_bytes(packed[2:4], "big", signed=True), packed[4:].decode())
print(b"%s=%d" % (b"x", 10), b",".join([str(n).encode() for n in range(4)]))
words = b"the quick brown fox".split()
print(sorted(words, key=len), max(words), b" ".join(reversed(words)))
print(bytes(3) + b"\x01", b"\x00" in bytes(3), bytes(reversed(b"abc")), bytearray(b"abc")[::-1])
attempt("mixed join", lambda: " ".join([b"a"]))
attempt("str in bytes", lambda: "a" in b"abc")
attempt("decode bytearray bad", lambda: bytearray(b"\x80abc").decode())
