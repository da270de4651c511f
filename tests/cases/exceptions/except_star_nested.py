def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e))

def deep(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup("level%d" % n, [deep(n - 1), TypeError(n)])

def t1():
    try:
        raise deep(3)
    except* ValueError as e:
        print("ValueError part:")
        show(e, 1)
    except* TypeError as e:
        print("TypeError part:")
        show(e, 1)
t1()

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)
def t2():
    try:
        try:
            raise MyGroup("mine", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as e:
            print("matched type", type(e).__name__, e.message)
    except BaseException as rest:
        print("rest type", type(rest).__name__, rest.message)
        show(rest, 1)
t2()

def t3():
    try:
        try:
            raise ExceptionGroup("outer", [ExceptionGroup("a", [ValueError(1)]), ExceptionGroup("b", [TypeError(2), ValueError(3)])])
        except* ValueError:
            raise
    except ExceptionGroup as e:
        print("re-raised keeps structure:")
        show(e, 1)
t3()

def t4():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
        except* ValueError as e:
            raise e.exceptions[0]
    except BaseException as e:
        print("raising a leaf:")
        show(e, 1)
t4()

def t5():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise e
    except BaseException as e:
        print("raise e (the match object):")
        show(e, 1)
t5()

def t6():
    excs = [ValueError(i) for i in range(3)]
    try:
        raise ExceptionGroup("many", excs)
    except* ValueError as e:
        print(all(a is b for a, b in zip(e.exceptions, excs)), e.exceptions == tuple(excs))
t6()

def t7():
    try:
        try:
            raise BaseExceptionGroup("eg", [KeyboardInterrupt(), ValueError(1)])
        except* ValueError:
            print("handled ValueError")
    except BaseExceptionGroup as e:
        print(type(e).__name__)
        show(e, 1)
t7()

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        pass
    except* TypeError:
        print("never")
    print("handled completely")
t8()
