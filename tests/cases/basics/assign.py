x = 1
y = x + 2
x, y = y, x
print(x, y)
a = b = c = 7
print(a, b, c)
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "abc"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
x += 5
x -= 1
x *= 3
print(x)
del x
try:
    print(x)
except NameError as e:
    print(e)
