# operator: the function forms of the operators.
import operator as op
from functools import reduce

print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.ge(1, 2), op.gt(3, 2))
print(op.not_(1), op.not_([]), op.truth(0), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.contains("abc", "z"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.getitem({"k": 1}, "k"), op.getitem("hello", slice(1, 3)))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.index(7), op.index(True), type(op.index(True)).__name__)
class Hint:
    def __length_hint__(self):
        return 4
class NoHint:
    def __length_hint__(self):
        return NotImplemented
print(op.length_hint([1, 2]), op.length_hint(Hint(), 5), op.length_hint(5, 3), op.length_hint(NoHint(), 2))
print(op.call(max, 3, 9, key=lambda v: -v))
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b)
n = op.iadd(1, 2)
print(n, op.isub(5, 2), op.imul("ab", 2), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(3, 3), op.ilshift(1, 3), op.irshift(16, 1), op.iand(7, 3), op.ior(4, 1), op.ixor(6, 3))
s = {1}
print(op.ior(s, {2}), s, op.iconcat([1], (2,)))
print(reduce(op.add, [1, 2, 3, 4]), reduce(op.mul, range(1, 6)), list(map(op.neg, [1, -2])))
print(sorted([3, 1, 2], key=op.neg), op.__add__(1, 1), op.__not__(0))
print(op.add("a", "b"), op.mul([0], 3), op.truediv(1, 2))

class M:
    def __matmul__(self, other):
        return "matmul"
    def __imatmul__(self, other):
        return "imatmul"
print(op.matmul(M(), 1), op.imatmul(M(), 1))

for bad in (lambda: op.add(1, "a"), lambda: op.concat(1, 2), lambda: op.index("a"),
            lambda: op.index(1.5), lambda: op.indexOf([1], 2), lambda: op.countOf(1, 1),
            lambda: op.length_hint([], "x"), lambda: op.truediv(1, 0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
