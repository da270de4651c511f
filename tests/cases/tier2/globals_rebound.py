# Globals and builtins rebound while a traced loop runs.
import builtins

K = 1


def use_global(n):
    global K
    t = 0
    for i in range(n):
        t += K
        if i == 300:
            K = 7
    return t


print(use_global(600))


def bump():
    global K
    K = K + 1


def rebound_by_call(n):
    t = 0
    for i in range(n):
        t += K
        if i % 100 == 0:
            bump()
    return t


print(rebound_by_call(500))


def deleted(n):
    global K
    t = 0
    try:
        for i in range(n):
            t += K
            if i == 250:
                del K
    except NameError as e:
        print("NameError", e)
    return t


print(deleted(500))
K = 3


real_len = len


def uses_len(xs, n):
    t = 0
    for i in range(n):
        t += len(xs)
        if i == 200:
            builtins.len = lambda x: 100
    return t


print(uses_len([1, 2, 3], 400))
builtins.len = real_len
print(len([1, 2]))


def shadow_builtin(n):
    t = 0
    for i in range(n):
        t += abs(-i)
        if i == 300:
            globals()["abs"] = lambda v: 0
    return t


print(shadow_builtin(600))
del abs
print(abs(-4))
