def f(x):
    try:
        if x:
            raise ValueError(x)
        return "ok"
    except ValueError as e:
        return "err " + str(e)
    finally:
        print("finally for", x)
print(f(0), f("boom"))
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 1:
                continue
            print("handled", e)
    return "done"
print(h())
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        print("cleanup")
except TypeError as e:
    print("outer", e, type(e.__context__).__name__)
