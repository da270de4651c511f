class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Neither:
    pass
b = Both()
print(b, repr(b), str(b), [b], f"{b}", f"{b!r}", "%s %r" % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(str(Neither()).startswith("<__main__.Neither object at"))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Fmt:
    def __format__(self, spec):
        return f"[{spec}]"
print(format(Fmt(), "x"), f"{Fmt():>5}")
try:
    format(Neither(), "x")
except TypeError as e:
    print(type(e).__name__, e)
