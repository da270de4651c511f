from functools import partial, reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3], 0))
print(reduce(operator.add, [], 10), reduce(operator.concat, ["a", "b"], ""))
for args in [(operator.add, []), (operator.add,), (1, [1, 2])]:
    try:
        print(reduce(*args))
    except TypeError as e:
        print("TypeError", e)
p = partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords)
def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, sorted(kw.items()))
p1 = partial(f, 1)
p2 = partial(p1, 2, d=4)
print(p1(2), p2(), p2(5, 6, e=7), p2.func is f, p2.args, p2.keywords)
print(partial(f, 1, 2, c=9)(c=10))
print(repr(partial(f, 1, x=2)).replace(repr(f), "<f>"))
try:
    partial()
except TypeError as e:
    print("TypeError", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError", e)
class A:
    def m(self, x, y):
        return (x, y)
    pm = partial(m, y=5)
print(partial(A.m, A(), 1)(2))
sq = partial(int, base=16)
print(list(map(sq, ['a', 'ff', '10'])))
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
