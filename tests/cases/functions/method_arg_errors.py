class K:
    def m(self, x):
        return x
    @classmethod
    def c(cls, y):
        return y
    @staticmethod
    def s(z):
        return z
k = K()
for call in [lambda: k.m(), lambda: k.m(1, 2), lambda: K.m(1), lambda: K.c(), lambda: k.s(), lambda: K.s(1, 2), lambda: K(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(k.m(3), K.m(k, 4), K.c(5), k.c(6), K.s(7), k.s(8))
class N:
    def __init__(self, a):
        self.a = a
try:
    N()
except TypeError as e:
    print(type(e).__name__, e)
try:
    N(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    N(b=1)
except TypeError as e:
    print(type(e).__name__, e)
