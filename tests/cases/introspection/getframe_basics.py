import sys


def who():
    return sys._getframe().f_code.co_name


def caller_name():
    return sys._getframe().f_back.f_code.co_name


def line_here():
    return sys._getframe().f_lineno


def f():
    return who(), caller_name(), line_here(), sys._getframe(1).f_code.co_name


print(f())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_lineno)
print(top.f_locals is globals(), top.f_globals is globals())
print(top is sys._getframe(), type(top).__name__)
print(isinstance(top.f_lasti, int), top.f_lasti >= 0)
r = repr(top)
print(r.startswith("<frame at 0x"), r[r.index(", line"):])
print(repr(sys._getframe())[-20:])

try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe(-5) is sys._getframe(0))


def nested(k):
    if k == 0:
        names = []
        fr = sys._getframe()
        while fr is not None:
            names.append((fr.f_code.co_name, fr.f_lineno))
            fr = fr.f_back
        return names
    return nested(k - 1)


print(nested(3))


class C:
    a = 1
    ns = sys._getframe().f_locals
    ns["b"] = a + 1
    name = sys._getframe().f_code.co_name


print(C.b, C.name, "ns" in C.__dict__)

# f_locals of the module frame is the globals dict: writes land in globals.
sys._getframe().f_locals["made_here"] = 42
print(made_here)


def gen():
    fr = sys._getframe()
    yield fr.f_code.co_name, fr.f_lineno
    yield sys._getframe().f_lineno, fr is sys._getframe()


print(list(gen()))


def bad():
    sys._getframe("x")


try:
    bad()
except TypeError as e:
    print("TypeError:", e)
