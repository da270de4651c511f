def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(pad + type(e).__name__, repr(e.message), len(e.exceptions))
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(pad + repr(e), "context:", repr(e.__context__) if e.__context__ is not None else None)

def run(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("escaped:")
        show(e, 1)

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(reraise_all)

def reraise_some():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as e:
        print("re-raising", len(e.exceptions))
        raise
    except* TypeError:
        print("TypeError swallowed")
run(reraise_some)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run(raise_new)

def raise_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from ValueError clause")
    except* TypeError:
        raise
run(raise_new_and_rest)

def raise_in_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("a")
    except* TypeError:
        raise RuntimeError("b")
run(raise_in_two)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run(naked_reraise)

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
run(naked_new)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from e
try:
    raise_from()
except KeyError as k:
    print("KeyError cause:", repr(k.__cause__))

def nested_try():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("inner handled ValueError")
    except* TypeError as e:
        print("outer handled", repr(e))
run(nested_try)

def in_loop():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, repr(e.exceptions[0]))
    print("loop done")
run(in_loop)

def with_finally():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError")
    finally:
        print("finally before propagation")
run(with_finally)
