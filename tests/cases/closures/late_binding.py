fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        def g():
            return j
        out.append(g)
    return out
print([g() for g in make()])
def bind(v):
    return lambda: v
print([f() for f in [bind(k) for k in "abc"]])
x = 1
def read_x():
    return x
x = 2
print(read_x())
