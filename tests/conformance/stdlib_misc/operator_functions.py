# operator: arithmetic, comparison, logical, sequence and in-place functions, dunder aliases.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.add("a", "b"), op.mul("ab", 3), op.mul([0], 3), op.mod("%s-%d", ("x", 4)))
print(op.neg(5), op.pos(-5), op.abs(-7), op.abs(-2.5), op.invert(5), op.inv(0), op.index(7), op.index(True))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(256, 3))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2, 3}))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge([1, 2], [1, 3]))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth("x"), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat("ab", "cd"), op.concat((1,), (2,)))
print(op.contains([1, 2, 3], 2), op.contains("abc", "d"), op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"))
seq = [10, 20, 30, 40]
print(op.getitem(seq, 1), op.getitem(seq, slice(1, 3)), op.getitem({"k": "v"}, "k"))
op.setitem(seq, 0, 99)
op.delitem(seq, -1)
print(seq)
op.setitem(seq, slice(0, 1), [7, 8])
print(seq)
d = {}
op.setitem(d, "a", 1)
print(d)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(object(), 7))
print(op.call(max, 3, 9), op.call(sorted, [3, 1], reverse=True))

x = [1]
y = op.iadd(x, [2])
print(x, y is x)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
print(op.isub(5, 2), op.imul(3, 4), op.itruediv(9, 2), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1))
s = {1}
print(op.ior(s, {2}) is s, s)
print(op.iconcat([1], [2]), op.iconcat("a", "b"))

print(op.__add__ is op.add, op.__not__ is op.not_, op.__and__ is op.and_, op.__inv__ is op.inv, op.__invert__ is op.invert)
print(hasattr(op, "__is__"), hasattr(op, "__countOf__"), op.__getitem__([5], 0), op.__lt__(1, 2))
print(op.add.__name__, op.__add__.__name__)
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])))

class Vec:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Vec(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v * 10
        return self
    def __neg__(self):
        return Vec(-self.v)
    def __index__(self):
        return self.v
    def __repr__(self):
        return "Vec(%r)" % self.v

a = Vec(1)
print(op.add(a, Vec(2)), op.iadd(a, Vec(2)), op.neg(a), op.index(Vec(4)), [10, 20, 30][op.index(Vec(1))])

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(op.add, 1)
check(op.add, 1, b=2)
check(op.neg)
check(op.neg, 1, 2)
check(op.not_, 1, 2)
check(op.index, 1.5)
check(op.concat, 1, 2)
check(op.concat, [1], (2,))
check(op.iconcat, 1, 2)
check(op.indexOf, [1], 2)
check(op.countOf, 5, 1)
check(op.contains, 5, 1)
check(op.length_hint, 5, "a")
check(op.truth)
check(op.getitem, [1])
check(op.setitem, [1], 5, 1)
check(op.delitem, [1], 5)
check(op.abs, "a")
check(op.neg, "a")
check(op.lt, 1, "a")
check(op.is_, 1)
check(op.truediv, 1, 0)
check(op.mod, 1, 0)
check(op.getitem, {}, "k")
