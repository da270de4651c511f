x = "global"
print([x for x in range(3)], x)
print({x for x in "ab"} == {"a", "b"}, x)
print({x: 1 for x in "c"}, x)
print(list(x for x in [1]), x)
def f():
    y = 10
    return [y * i for i in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [i for i in items if i > len(items) - 2]
print(g())
class K:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    first = [v for v in vals][0]
    try:
        scaled = [v * factor for v in vals for factor in [2]]
    except NameError as e:
        scaled = str(e)
print(K.total, K.first, K.scaled)
class K2:
    factor = 3
    try:
        bad = [v * factor for v in range(2)]
    except NameError as e:
        bad = f"NameError: {e}"
print(K2.bad)
def nested():
    return [[i * j for j in range(i)] for i in range(4)]
print(nested())
def walrus_leak():
    data = [5, 8, 12]
    if any((big := v) > 10 for v in data):
        return big
print(walrus_leak())
def shadowing():
    i = "outer i"
    r = [i for i in range(2)]
    return r, i
print(shadowing())
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
print([(lambda n=n: n)() for n in range(3)])
def closure_in_comp():
    base = 100
    return [(lambda v: v + base)(i) for i in range(3)]
print(closure_in_comp())
gen = (i * 2 for i in range(3))
del x
print(list(gen))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError", e)
print([i for i in range(3) if (lambda: i)() > 0])
