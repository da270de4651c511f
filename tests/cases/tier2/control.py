# Generators, exceptions, nested loops and changing branches inside hot loops.


def gen(n):
    for i in range(n):
        yield i * 2


def consume(n):
    t = 0
    for v in gen(n):
        t += v
    return t


print(consume(500))


def yields_in_loop(n):
    t = 0
    for i in range(n):
        t += i
        if i % 100 == 0:
            yield t


print(list(yields_in_loop(500)))


def raises(n):
    caught = 0
    for i in range(n):
        try:
            if i % 50 == 49:
                raise ValueError(i)
            x = 10 // (i % 7)
        except ValueError as e:
            caught += 1
        except ZeroDivisionError:
            caught += 100
    return caught


print(raises(500))


def uncaught(n):
    t = 0
    for i in range(n):
        t += 1000 // (n - 1 - i) if i < n - 1 else 0
        if i == 400:
            t += 1 // 0
    return t


try:
    uncaught(500)
except ZeroDivisionError as e:
    import sys

    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError", e, "at line", tb.tb_lineno)


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i % 10):
            t += j
        k = 0
        while k < 3:
            k += 1
            t += k
    return t


print(nested(400))


def branches(n):
    a = b = 0
    for i in range(n):
        if i < n // 2:
            a += 1
        else:
            b += 1
        if i is None:
            a = -1
    return a, b


print(branches(1000))


def lists(n):
    xs = [1, 2, 3]
    t = 0
    for x in xs:
        t += x
        if len(xs) < n:
            xs.append(x + 1)
    return t, len(xs)


print(lists(300))


def tuples(n):
    t = 0
    for i in range(n):
        for v in (1, 2.5, "s", None):
            if v is None:
                t += 1
            elif isinstance(v, str):
                t += 2
            else:
                t += v
    return t


print(tuples(300))


def breaks(n):
    found = None
    for i in range(n):
        if i * i > 90000:
            found = i
            break
    else:
        found = -1
    return found


print(breaks(1000))


def closure_loop(n):
    acc = []

    def add(v):
        acc.append(v)

    for i in range(n):
        add(i % 3)
    return sum(acc)


print(closure_loop(600))


def unpack(n):
    pairs = [(i, i + 1) for i in range(10)]
    t = 0
    for k in range(n):
        for a, b in pairs:
            t += a * b
    return t


print(unpack(100))


def fizzbuzz(n):
    out = []
    for i in range(n):
        s = ""
        if not i % 3:
            s += "fizz"
        if not i % 5:
            s += "buzz"
        out.append(s or i)
    return out


print(fizzbuzz(100)[-20:])


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fibonacci(300))
