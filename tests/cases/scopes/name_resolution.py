x = "global x"
def read_global():
    return x
def shadow_local():
    x = "local x"
    return x
def nested():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(read_global(), shadow_local(), nested())
def late_binding():
    return later
later = "defined after"
print(late_binding())
class A:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)
print(A().method())
def comp_scope():
    y = 10
    return [y + i for i in range(2)]
print(comp_scope())
class B:
    y = 5
    lst = [i for i in range(y)]
print(B.lst)
def params_shadow(len=len):
    return len([1, 2])
print(params_shadow(), params_shadow(lambda v: "custom"))
def except_var():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError " + str(err)
print(except_var())
def for_var():
    for i in range(3):
        pass
    return i
print(for_var())
def walrus_scope():
    [w := i for i in range(4)]
    return w
print(walrus_scope())
import math as m
def imported():
    import math
    return math is m
print(imported())
def star_import_ok():
    return True
print(star_import_ok())
def conditional(flag):
    if flag:
        v = "set"
    return v
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def del_global():
    global tmp
    tmp = 1
    del tmp
del_global()
print("tmp" in globals())
try:
    del undefined_global_name
except NameError as e:
    print("NameError", e)
def func_attr():
    func_attr.calls = getattr(func_attr, "calls", 0) + 1
    return func_attr.calls
func_attr(); func_attr()
print(func_attr())
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20))
even = lambda n: n == 0 or odd(n - 1)
odd = lambda n: n != 0 and even(n - 1)
print(even(10), odd(7))
