def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return items
    return add, get
add, get = make()
add(1); add(2)
print(get())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x
print(shadow())
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(e)
    y = 1
    return f()
print(unbound())
def local_err():
    print(z)
    z = 1
try:
    local_err()
except UnboundLocalError as e:
    print(e)
