def t(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e.args), "cause", type(e.__cause__).__name__ if e.__cause__ else None, "suppress", e.__suppress_context__)
def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError("a", 1)
def r4(): raise ValueError() from None
def r5(): raise ValueError from KeyError
def r6(): raise ValueError from KeyError("k")
def r7(): raise KeyError(1, 2) from None
class Custom(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
def r8(): raise Custom
def r9(): raise Custom(1)
def r10(): raise StopIteration(5)
def r11(): raise SystemExit(3)
def r12(): raise GeneratorExit
def r13(): raise KeyboardInterrupt
def r14(): raise BaseException("base")
def r15(): raise Exception("plain")
def r16(): raise type("Dyn", (Exception,), {})("dynamic")
def r17(): raise ValueError("x").with_traceback(None)
def r18():
    e = ValueError("saved")
    try:
        raise e
    except ValueError:
        raise e
for fn in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18]:
    t(fn)
def reraise_in_finally():
    try:
        raise ValueError("first")
    finally:
        pass
t(reraise_in_finally)
def raise_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    raise_in_except()
except TypeError as e:
    print(repr(e), "context", repr(e.__context__))
def bare_raise_outside():
    raise
t(bare_raise_outside)
def raise_non_exception_instance():
    raise "string"
t(raise_non_exception_instance)
def raise_from_non_exception():
    raise ValueError from "x"
t(raise_from_non_exception)
def raise_class_with_init_error():
    class Bad(Exception):
        def __init__(self):
            raise RuntimeError("init failed")
    raise Bad
t(raise_class_with_init_error)
def exc_attributes():
    try:
        raise OSError(2, "No such file", "x.txt")
    except OSError as e:
        print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
exc_attributes()
