def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print("cont finally", i)
    return "done"
print(k())
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(order())
def value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value())
