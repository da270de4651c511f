eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg))
print(eg.message, eg.exceptions)
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
m, r = eg.split((ValueError, KeyError))
print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m), repr(r))
print(repr(eg.subgroup(TypeError)), repr(eg.subgroup(OSError)))
print(eg.split(Exception)[0] is eg, eg.subgroup(lambda e: True) is eg)
print(repr(eg.split(OSError)))

class MyEG(ExceptionGroup):
    def derive(self, excs):
        d = MyEG(self.message + "!", excs)
        d.extra = "derived"
        return d
my = MyEG("mine", [ValueError(1), TypeError(2)])
my.add_note("a note")
m, r = my.split(ValueError)
print(type(m).__name__, repr(m), m.extra, m.__notes__)
print(type(r).__name__, repr(r), r.__notes__)

class Plain(ExceptionGroup):
    pass
p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, repr(m))

print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for args in [("x", []), ("x", [1]), (1, [ValueError()]), ("x", ValueError()), ("x",)]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
try:
    eg.split(1)
except TypeError as e:
    print("TypeError", e)

e = ExceptionGroup("notes", [ValueError()])
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as x:
    print("TypeError", x)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(eg.exceptions[2].exceptions[1].args)
