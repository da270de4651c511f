class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
    def n(self):
        pass
print(sorted(k for k in B.__dict__ if not k.startswith("__")))
print(sorted(k for k in dir(B) if not k.startswith("__")))
b = B()
b.z = 3
print(vars(b), b.__dict__, "z" in dir(b))
print(B.__name__, B.__qualname__, B.__module__, A.__doc__)
print(getattr(B, "x"), hasattr(B, "m"), B.m is A.m if False else "skip")
setattr(B, "w", 9)
print(b.w)
delattr(B, "w")
print(hasattr(b, "w"))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
