counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    return x, inner()
print(outer())
def make():
    global made
    made = "yes"
make()
print(made)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def reader():
    return x
print(reader())
try:
    def broken():
        print(undefined_name)
    broken()
except NameError as e:
    print(type(e).__name__, e)
def unbound():
    print(z)
    z = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
