def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return n
for n in range(3):
    try:
        print(risky(n))
    except ValueError as e:
        print("value", e)
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    else:
        print("else")
    finally:
        print("finally", n)
try:
    [][1]
except Exception as e:
    print(type(e).__name__, e)
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
g()
