import counter

print("shapes_helper sees count", counter.count)


def area(w, h):
    counter.bump()
    return w * h
