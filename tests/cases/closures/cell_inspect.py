def outer(v):
    def inner():
        return v
    return inner
f = outer(42)
print(len(f.__closure__), f.__closure__[0].cell_contents, f.__code__.co_freevars)
print(outer.__code__.co_cellvars, outer(1).__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__)
def shared():
    x = 0
    def a():
        nonlocal x
        x += 1
        return x
    def b():
        return x
    return a, b
a, b = shared()
a(); a()
print(b(), a.__closure__[0] is b.__closure__[0])
def deferred():
    def get():
        return val
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    val = 5
    return get()
print(deferred())
