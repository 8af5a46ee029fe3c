# Output without a trailing newline must still be flushed before the traceback.
def risky(i):
    assert i < 3, "i reached " + str(i)
    return i * 10

for i in range(5):
    print(risky(i), end=", ")
print("never")
