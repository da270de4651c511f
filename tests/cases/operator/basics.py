import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5))
print(op.neg(3), op.pos(-3), op.abs(-2), op.inv(5), op.invert(5), op.not_(0), op.truth([]), op.index(7))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.concat([1], [2]), op.concat("a", "b"))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 1), op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(object(), 5))
x = [1]; print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul(2, 3), op.isub(5, 1), op.__add__(1, 1), op.call(len, "ab"))
g = op.itemgetter(1); print(g("abc"), op.itemgetter(0, 2)("abc"), repr(g), repr(op.itemgetter(1, 'a')))
class P:
    pass
p = P(); p.a = P(); p.a.b = 5; p.c = 1
print(op.attrgetter("a.b")(p), op.attrgetter("c", "a.b")(p), repr(op.attrgetter("a.b", "c")))
m = op.methodcaller("split", ",", maxsplit=1); print(m("a,b,c"), repr(m), op.methodcaller("upper")("x"))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=op.itemgetter(1)))
for f in [lambda: op.indexOf([1], 2), lambda: op.concat(1, 2), lambda: op.itemgetter(), lambda: op.attrgetter(1),
          lambda: op.methodcaller(), lambda: op.methodcaller(1), lambda: g(), lambda: op.index(1.5), lambda: op.add(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
