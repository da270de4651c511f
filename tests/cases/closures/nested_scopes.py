x = "global"
def l1():
    x = "l1"
    def l2():
        def l3():
            return x
        return l3()
    return l2()
print(l1())
def assign_after():
    y = 1
    def g():
        return y
    y = 2
    return g()
print(assign_after())
def loops():
    fns = {}
    for name in ("a", "b"):
        def f(name=name):
            return name.upper()
        fns[name] = f
    return fns["a"](), fns["b"]()
print(loops())
def globals_from_nested():
    def inner():
        global gv
        gv = "set in inner"
    inner()
globals_from_nested()
print(gv)
def comp_scope():
    k = 3
    return [k * i for i in range(3)], {i: k for i in range(2)}
print(comp_scope())
