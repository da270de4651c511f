# What a trace through a call assumed changes mid-loop: the callee's __code__ replaced, its
# defaults changed, a global it reads rebound, the function name rebound, a method replaced
# on the class.


def f(x):
    return x + 1


def g(x):
    return x * 2


def loop_code(n):
    t = 0
    out = []
    for i in range(n):
        if i == 2000:
            f.__code__ = g.__code__
        t += f(i)
        if i % 500 == 0:
            out.append(t)
    return t, out


print(loop_code(3000))

K = 10


def uses_k(x):
    return x + K


def loop_global(n):
    global K
    t = 0
    for i in range(n):
        if i == 2000:
            K = 1000
        t += uses_k(i)
    return t


print(loop_global(3000))


def h(x, y=5):
    return x + y


def loop_defaults(n):
    t = 0
    for i in range(n):
        if i == 2000:
            h.__defaults__ = (50,)
        t += h(i, 1) + h(i)
    return t


print(loop_defaults(3000))


def one(x):
    return 1


def two(x):
    return 2


def loop_name(n):
    global one
    t = 0
    for i in range(n):
        if i == 2000:
            one = two
        t += one(i)
    return t


print(loop_name(3000))


class A:
    def m(self):
        return 1


def loop_method(n):
    a = A()
    t = 0
    for i in range(n):
        if i == 2000:
            A.m = lambda self: 5
        t += a.m()
    return t


print(loop_method(3000))
