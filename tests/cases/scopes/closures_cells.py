def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
a, b = make_adders()
print([f(10) for f in a], [f(10) for f in b])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print("NameError", e)
    y = 5
    return f()
print(unbound())
def local_before():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    z = 1
local_before()
g = "global"
def shadow():
    try:
        g += "x"
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
shadow()
def uses_global():
    global g
    g += "!"
uses_global()
print(g)
def deleted():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
deleted()
def cell_deleted():
    v = 1
    def r():
        return v
    del v
    try:
        r()
    except NameError as e:
        print("NameError", e)
cell_deleted()
def cell_empty():
    def r():
        return w
    try:
        r()
    except NameError as e:
        print("NameError", e)
    w = 0
cell_empty()
def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 10
        l2()
        return a
    return l1()
print(nested_nonlocal())
def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
def class_in_func():
    v = "enclosing"
    class K:
        v = "class"
        def m(self):
            return v
        w = v
    return K().m(), K.w
print(class_in_func())
def class_nonlocal():
    v = "fn"
    class K:
        nonlocal v
        v = "set from class"
    return v
print(class_nonlocal())
x = "module"
def builtins_shadow():
    len = lambda s: -1
    return len("abc")
print(builtins_shadow(), len("abc"))
import builtins
print(builtins.len is len)
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        yield total
    return add
add = gen_closure()
print(next(add(5)), next(add(6)))
cell_type = type((lambda: x).__closure__) if (lambda: x).__closure__ else None
print(cell_type)
def fn_with_cell():
    q = 3
    return (lambda: q).__closure__
c = fn_with_cell()[0]
print(type(c).__name__, c.cell_contents)
c.cell_contents = 9
print(c.cell_contents)
