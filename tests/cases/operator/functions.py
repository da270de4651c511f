import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.lshift(1, 4), op.rshift(64, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.getitem([1, 2, 3], 1), op.getitem({"a": 1}, "a"), op.index(7), op.matmul.__name__)
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 7))
x = [1]
print(op.iadd(x, [2]), x, op.iconcat(x, [3]), op.imul([1], 2), op.isub(5, 1), op.ior({1}, {2}))
print(op.__add__(1, 1), op.__lt__(1, 2), op.__not__(1), op.__getitem__("ab", 0))
for f, a in [(op.add, (1, "a")), (op.concat, (1, 2)), (op.indexOf, ([1], 5)), (op.index, (1.5,)), (op.length_hint, (1, "x")),
             (op.countOf, (1, 1)), (op.neg, ("a",))]:
    try:
        print(f(*a))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(op.call(len, "abc") if hasattr(op, "call") else "no call")
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(1)))
