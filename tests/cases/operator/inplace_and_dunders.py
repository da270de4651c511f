import operator
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v * 10
        return self
    def __repr__(self): return "V(%r)" % self.v
    def __index__(self): return self.v
    def __len__(self): return 3
a = V(1)
print(operator.add(a, V(2)), operator.iadd(a, V(2)), a)
print(operator.index(V(5)), operator.length_hint(V(0)), [1, 2, 3, 4][operator.index(V(1))])
names = ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]
print([getattr(operator, n)(12, 5) for n in names])
print(operator.abs(-2.5), operator.truediv(1, 4), operator.mod("%s-%s", ("a", "b")))
funcs = [operator.lt, operator.le, operator.eq, operator.ne, operator.ge, operator.gt]
print([f(2, 3) for f in funcs], [f("b", "a") for f in funcs])
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, [1, -2])))
import functools
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), functools.reduce(operator.xor, range(10)))
try:
    operator.lt(1, "a")
except TypeError as e:
    print("TypeError", e)
print(operator.truth(V(0)), operator.is_(a, a), operator.contains([[1]], [1]))
