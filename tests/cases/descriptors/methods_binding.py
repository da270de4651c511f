class K:
    def m(self):
        return "m"
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
k = K()
print(k.m == k.m, k.m is k.m, K.m is K.m, k.m.__func__ is K.m)
print(K.m(k), K.m(None), type(k.m).__name__, type(K.m).__name__)
try:
    K.m()
except TypeError as e:
    print("TypeError", e)
try:
    k.m(1)
except TypeError as e:
    print("TypeError", e)
print([].append.__self__, "a".upper.__self__, type("a".upper).__name__, type(str.upper).__name__, type(str.__dict__["upper"]).__name__)
print(str.upper("abc"), str.__add__("a", "b"), list.__len__([1]))
try:
    str.upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError", e)
print(dict.fromkeys.__self__ is dict, type(dict.__dict__["fromkeys"]).__name__)
class Callable:
    def __call__(self, x):
        return x + 1
class Holder:
    c = Callable()
print(Holder().c(1))
class WithLambda:
    f = lambda self: "lambda method"
print(WithLambda().f())
class Over:
    def a(self):
        return "class"
o = Over()
o.a = lambda: "instance"
print(o.a(), Over.a(o))
import types
o.b = types.MethodType(lambda self: type(self).__name__, o)
print(o.b())
print(callable(o.a), callable(Over), callable(1), callable(Callable()), callable(len))
def outer_fn():
    return 1
print(outer_fn.__get__(5)(), )
