import sys
def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e))

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("in handler, exc_info:", repr(sys.exc_info()[1]))
        print("sys.exception() is e:", sys.exception() is e)
    except* TypeError as e:
        print("second handler:", repr(sys.exception()))
    print("after, exc_info:", sys.exc_info())
t1()

def t2():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError as e:
            raise KeyError("new") from None
    except BaseException as outer:
        show(outer)
        print("suppress:", outer.__suppress_context__)
t2()

def t3():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise KeyError("k")
    except ExceptionGroup as outer:
        show(outer)
        k = outer.exceptions[0]
        print("KeyError context:", repr(k.__context__))
t3()

def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise TypeError("inner")
        except TypeError as inner:
            print("inner context:", repr(inner.__context__))
        print("handled inside")
t4()

def t5():
    log = []
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
        except* ValueError:
            log.append("value")
        finally:
            log.append("finally")
    except* OSError as e:
        log.append("outer " + repr(e.exceptions))
    print(log)
t5()

def t6():
    e = ExceptionGroup("eg", [ValueError(1)])
    e.add_note("top note")
    try:
        raise e
    except* ValueError as m:
        print("match notes:", getattr(m, "__notes__", None), m is e)
t6()

def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        v = e
    except* TypeError:
        pass
    try:
        v
    except NameError:
        print("v is unbound (it was e)")
    else:
        print("v bound:", repr(v))
    try:
        e
    except NameError:
        print("e deleted after handler")
t7()

def gen():
    try:
        yield 1
        raise ExceptionGroup("from generator", [ValueError("g")])
    except* ValueError as e:
        yield "handled " + repr(e.exceptions)
print(list(gen()))

async def coro():
    try:
        raise ExceptionGroup("async", [KeyError("a")])
    except* KeyError as e:
        r = "async handled " + repr(e.exceptions)
    return r
c = coro()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)
