class A:
    def m(self, x):
        return x.nope
a = A()
value = a.m(
    5)
