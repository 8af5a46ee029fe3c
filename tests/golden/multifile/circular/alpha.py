import sys

print("alpha starts")
import beta

print("alpha continues; beta.seen_alpha =", beta.seen_alpha)
value = 10


def double():
    return value * 2
