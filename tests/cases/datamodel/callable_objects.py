class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [0, 10])), callable(add5))
try:
    add5()
except TypeError as e:
    print("TypeError", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError", e)
class CallViaClassAttr:
    pass
CallViaClassAttr.__call__ = lambda self: "assigned later"
print(CallViaClassAttr()())
inst = NotCallable()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print("TypeError instance __call__ ignored:", e)
class Meta(type):
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.made_by_meta = True
        return obj
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(3)
print(w.v, w.made_by_meta)
import functools
p = functools.partial(Adder(1), scale=2)
print(p(3), p.func.n, p.keywords, p.args)
class Method:
    def m(self, x):
        return x * 2
bound = Method().m
print(bound(4), functools.partial(bound, 5)(), callable(bound))
print(sorted(["b", "a"], key=str.upper), list(map(str.__len__, ["ab", "c"])))
class CallReturnsSelf:
    def __call__(self):
        return self
c = CallReturnsSelf()
print(c()()() is c)
def make_multiplier(k):
    class M:
        def __call__(self, v):
            return v * k
    return M()
print(make_multiplier(3)(7), make_multiplier("ab")(2))
print(type(len).__call__(len, [1, 2]), int.__call__("5"), type.__call__(int, "6"))
