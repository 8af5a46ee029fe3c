# Recursive generators with yield from: tree walks, return values, and early exit.


class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)


def preorder(node, depth=0):
    yield depth, node.value
    for child in node.children:
        yield from preorder(child, depth + 1)


def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value


def leaves(node):
    if not node.children:
        yield node.value
        return 1
    count = 0
    for child in node.children:
        count += yield from leaves(child)
    return count


def paths(node, prefix=()):
    here = prefix + (node.value,)
    if not node.children:
        yield "/".join(here)
    for child in node.children:
        yield from paths(child, here)


tree = Node(
    "root",
    Node("src", Node("main.py"), Node("util", Node("io.py"), Node("text.py"))),
    Node("docs", Node("index.md")),
    Node("README"),
)

for depth, value in preorder(tree):
    print("  " * depth + value)
print(list(postorder(tree)))
print(list(paths(tree)))


def count_leaves(node):
    g = leaves(node)
    names = []
    while True:
        try:
            names.append(next(g))
        except StopIteration as e:
            return names, e.value


print(count_leaves(tree))


# Binary search tree in-order traversal.
class BST:
    def __init__(self):
        self.root = None

    def insert(self, key):
        def ins(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = ins(node[1])
            else:
                node[2] = ins(node[2])
            return node

        self.root = ins(self.root)

    def __iter__(self):
        return self._walk(self.root)

    def _walk(self, node):
        if node is not None:
            yield from self._walk(node[1])
            yield node[0]
            yield from self._walk(node[2])


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(list(t))
print(sum(t), max(t), 35 in t, 36 in t)


# Early exit: finding the first match closes the whole recursive chain.
def find(node, pred):
    for depth, value in preorder(node):
        if pred(value):
            return value, depth
    return None


print(find(tree, lambda v: v.endswith(".py")))
print(find(tree, lambda v: v.startswith("x")))


# Deep recursion through yield from (a degenerate list-like tree).
chain = Node(0)
cur = chain
for i in range(1, 300):
    nxt = Node(i)
    cur.children.append(nxt)
    cur = nxt
print(sum(v for _, v in preorder(chain)), list(postorder(chain))[:3])


# Nested lists flattened recursively, strings treated as atoms.
def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, (4, 5)], "six"], [[["seven"]]], []])))


# Permutations, generated recursively.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1 :]):
            yield [x] + rest


print(["".join(p) for p in permutations("abc")])
print(sum(1 for _ in permutations(list(range(5)))))
