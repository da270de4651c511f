def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"
print(f3())
def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f4())
def f5():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x set to", x)
print(f5())
def f6():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no else")
    finally:
        print("outer finally")
f6()
def f7():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else")
        return "from else"
    finally:
        print("finally after else")
print(f7())
def f8():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "after loop"
print(f8())
def f9(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return 10 / n
    except ValueError as e:
        return f"value error {e}"
    except ZeroDivisionError:
        return "unreachable"
    finally:
        print("f9 finally", n)
print(f9(0), f9(2))
def f10():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise KeyError("nested")
        except KeyError:
            print("nested handled")
        print("still in handler")
    return "ok"
print(f10())
def f11():
    result = []
    for i in range(3):
        try:
            try:
                if i % 2:
                    raise ValueError(i)
                result.append(("ok", i))
            finally:
                result.append(("fin", i))
        except ValueError as e:
            result.append(("caught", e.args[0]))
    return result
print(f11())
def f12():
    try:
        return [i for i in range(3)]
    finally:
        print("comprehension returned")
print(f12())
import sys
def f13():
    try:
        raise ValueError("v")
    except ValueError:
        print("in handler", sys.exc_info()[0].__name__)
    print("after handler", sys.exc_info())
f13()
def f14():
    try:
        raise TypeError("t")
    except TypeError as e:
        err = e
    return err.__traceback__ is not None
print(f14())
