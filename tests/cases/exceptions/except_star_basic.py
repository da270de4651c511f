import sys
def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e))

def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:")
        show(e, 1)

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("ValueError clause")
        show(e, 1)
        print("exc_info is match:", sys.exc_info()[1] is e)
    except* TypeError as e:
        print("TypeError clause")
        show(e, 1)
run(t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled ValueError part")
run(t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped:", type(e).__name__, repr(e.message), e.exceptions)
run(t3)

def t4():
    try:
        raise KeyError("naked, unmatched")
    except* ValueError:
        print("not here")
run(t4)

def t5():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        show(e, 1)
    except* TypeError as e:
        show(e, 1)
run(t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("tuple clause")
        show(e, 1)
run(t6)

def t7():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")
run(t7)

def t8():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        show(e, 1)
run(t8)

def t9():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception as e:
        print("Exception matched whole group:", type(e).__name__)
run(t9)

def t10():
    for bad in [ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, "x"]:
        try:
            try:
                raise ValueError(1)
            except* bad:
                pass
        except TypeError as e:
            print("TypeError:", e)
run(t10)
