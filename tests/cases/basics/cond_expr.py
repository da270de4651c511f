def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-2, 0, 5)])
x = 10
y = x // 2 if x > 5 else x * 2
print(y)
print((lambda a: "even" if a % 2 == 0 else "odd")(7))
def side(tag, val):
    print("side", tag)
    return val
r = side("a", 1) if side("c", False) else side("b", 2)
print(r)
print(1 if [] else 2 if {} else 3)
print([a if a > 1 else -a for a in range(4)])
print(0 or "" or None or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(None or [] or {})
