# A helper looks at its caller's frame: values, line, code name, and the f_back chain.
import sys


def peek(name):
    f = sys._getframe(1)
    print(f.f_code.co_name, f.f_lineno, name, f.f_locals[name])
    print("locals:", sorted(k for k in f.f_locals))
    chain = []
    while f is not None:
        chain.append(f.f_code.co_name)
        f = f.f_back
    print("chain:", chain)


def counter():
    n = 0
    items = []

    def bump():
        nonlocal n
        n += 1
        return n

    bump()
    bump()
    peek("n")
    items.append(bump())
    peek("items")
    return n


def outer(a, b=10):
    total = a + b
    peek("total")
    return counter()


print(outer(1))

# A frame object stays usable after its function returned.
def leave():
    x = "kept"
    return sys._getframe()


fr = leave()
print(fr.f_code.co_name, fr.f_locals["x"], fr.f_back.f_code.co_name, fr.f_lineno)

# Reading through the caller's f_locals sees the current values after each change.
def watcher():
    return sys._getframe(1).f_locals["v"]


def changing():
    seen = []
    for v in range(3):
        seen.append(watcher())
    return seen


print(changing())
