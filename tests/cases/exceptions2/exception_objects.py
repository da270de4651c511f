def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))
t("args", lambda: (ValueError().args, ValueError(1).args, ValueError(1, 2).args))
t("str", lambda: (str(ValueError()), str(ValueError("a")), str(ValueError("a", "b")), str(ValueError(1))))
t("repr", lambda: (repr(ValueError()), repr(ValueError("a")), repr(ValueError("a", 2)), repr(KeyError("k"))))
t("set args", lambda: [e := ValueError(1), setattr(e, "args", (2, 3)), e.args, str(e)][2:])
t("args list", lambda: [e := ValueError(), setattr(e, "args", [1]), e.args][2])
t("attrs", lambda: [e := ValueError("m"), setattr(e, "extra", 5), e.extra, e.__dict__][2:])
t("with_traceback", lambda: ValueError("x").with_traceback(None).args)
t("traceback none", lambda: ValueError().__traceback__)
t("add_note", lambda: [e := ValueError("n"), e.add_note("note1"), e.add_note("note2"), e.__notes__][3])
t("add_note bad", lambda: ValueError().add_note(5))
t("StopIteration", lambda: (StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value))
t("SystemExit", lambda: (SystemExit().code, SystemExit(3).code, SystemExit("m").code, SystemExit(1, 2).code))
t("KeyError str", lambda: (str(KeyError("a")), str(KeyError(1)), str(KeyError("a", "b"))))
t("OSError", lambda: (OSError(2, "No such file").errno, OSError(2, "No such file").strerror, str(OSError(2, "msg")), str(OSError(2, "msg", "f.txt"))))
t("OSError subclass", lambda: (type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__))
t("FileNotFoundError", lambda: (FileNotFoundError(2, "nf").errno, issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError))
t("UnicodeDecodeError", lambda: str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
t("UnicodeEncodeError", lambda: str(UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")))
t("SyntaxError", lambda: (SyntaxError("m", ("f.py", 1, 2, "text", 1, 3)).lineno, SyntaxError("m").msg, str(SyntaxError("m", ("f.py", 1, 2, "t")))))
t("ImportError", lambda: (ImportError("m", name="n", path="p").name, ImportError("m").path, str(ImportError("m", name="x"))))
t("ImportError bad kw", lambda: ImportError("m", bogus=1))
t("NameError name", lambda: NameError("m", name="nm").name)
t("hierarchy", lambda: [c.__name__ for c in ZeroDivisionError.__mro__])
t("hierarchy2", lambda: [c.__name__ for c in ModuleNotFoundError.__mro__])
t("hierarchy3", lambda: [c.__name__ for c in KeyboardInterrupt.__mro__])
t("issubclass", lambda: (issubclass(KeyError, LookupError), issubclass(UnicodeError, ValueError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError)))
t("warnings", lambda: [c.__name__ for c in (DeprecationWarning.__mro__)])
t("eq", lambda: (ValueError(1) == ValueError(1), ValueError() is ValueError()))
t("hashable", lambda: isinstance(hash(ValueError()), int))
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
t("custom", lambda: (str(MyError(5, "bad")), repr(MyError(5, "bad")), MyError(5, "bad").args))
class NoInit(Exception):
    pass
t("subclass", lambda: (NoInit(1, 2).args, str(NoInit("x")), repr(NoInit())))
class WithNew(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.made = True
        return inst
t("with new", lambda: (WithNew(1).made, WithNew(1).args))
t("raise class", lambda: (_ for _ in ()).throw(ValueError))
t("BaseException kw", lambda: BaseException(x=1))
t("exception kw", lambda: ValueError(a=1))
t("catch tuple", lambda: [1 for _ in [0] if isinstance(KeyError(), (LookupError, TypeError))])
def catch_order():
    out = []
    for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), Exception("e")]:
        try:
            raise exc
        except LookupError as e:
            out.append("lookup:" + type(e).__name__)
        except ArithmeticError:
            out.append("arith")
        except Exception:
            out.append("other")
    return out
t("catch order", catch_order)
def bad_except():
    try:
        raise ValueError
    except 5:
        pass
t("bad except", bad_except)
def bad_except_tuple():
    try:
        raise ValueError
    except (ValueError, 5):
        return "caught"
t("bad except tuple", bad_except_tuple)
