counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make():
    global made_here
    made_here = "created"
make()
print(made_here)
def outer():
    a = 1
    b = 2
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a, b
            a += 100
            b += 100
        inner()
    mid()
    return a, b
print(outer())
def shadow_global():
    counter = "local"
    def inner():
        global counter
        return counter
    return inner(), counter
print(shadow_global())
def nonlocal_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_loop())
class K:
    global class_global
    class_global = "from class body"
print(class_global)
def gen_nonlocal():
    state = []
    def g():
        nonlocal state
        state = state + [len(state)]
        yield state
    return g
g = gen_nonlocal()
print(next(g()), next(g()))
for code in ["def f():\n    nonlocal x\n", "nonlocal y\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n", "def f():\n    print(x)\n    global x\n"]:
    try:
        exec(code)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError")
x_mod = "module"
def reads():
    return x_mod
def writes():
    global x_mod
    x_mod = "changed"
print(reads())
writes()
print(reads())
