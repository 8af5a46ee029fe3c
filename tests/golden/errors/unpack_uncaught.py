# An unpacking error nobody catches: a traceback and exit status 1.
def split(pair):
    key, value = pair
    return key, value


print(split("ab"))
print(split([1, 2, 3]))
