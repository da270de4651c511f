# Arithmetic in hot loops: small ints growing into big ints, ints mixed with floats.


def grow(n):
    x = 1
    for i in range(n):
        x = x + x
    return x


print(grow(200))


def mul(n):
    p = 1
    for i in range(1, n):
        p = p * i
    return p


print(mul(60))


def sub(n):
    x = -(2**62)
    for i in range(n):
        x = x - 2**60
    return x


print(sub(10))


def mixed(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            t = t + 0.5
        else:
            t = t + i
    return t


print(mixed(300))


def floats(n):
    x = 0.0
    v = 1.5
    for i in range(n):
        x = x + v * 2.0 - 0.25
        if x > 1e6:
            x = x - 1e6
    return x


print(floats(1000))


def compare_mixed(n):
    c = 0
    for i in range(n):
        v = i if i % 2 else i + 0.5
        if v < 100:
            c += 1
    return c


print(compare_mixed(400))


def overflow_compare(n):
    big = 2**70
    c = 0
    for i in range(n):
        x = i * 2**55
        if x < big:
            c += 1
    return c


print(overflow_compare(100000 // 100))


def divmod_loop(n):
    t = 0
    for i in range(1, n):
        t += i % 7 + i // 3
        t ^= i
    return t


print(divmod_loop(1000))
