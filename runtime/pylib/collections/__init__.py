"""collections: placeholder package so that `collections.abc` imports.

PLACEHOLDER (branch `typing`): the real `collections` (namedtuple, deque, OrderedDict,
defaultdict, Counter, ChainMap) is written on another branch; keep that one when merging.
This file only makes the package exist and re-exports nothing.
"""
