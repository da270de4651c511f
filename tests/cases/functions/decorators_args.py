def repeat(n):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(n)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@repeat(3)
def hello(name, punct="!"):
    return "hi " + name + punct
print(hello("x"), hello("y", punct="?"), hello.__name__)
calls = []
def trace(fn):
    def w(*a):
        calls.append(fn.__name__)
        return fn(*a)
    return w
@trace
@repeat(2)
def one():
    return 1
print(one(), calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
reg = {}
@register(reg)
def alpha():
    return "a"
print(sorted(reg), reg["alpha"]())
