def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 <= 1 < 2 == 2)
print(v(1) < v(0) < v(5))
print(v(1) < v(3) < v(5))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print(1 < 2 > 1, "a" < "b" < "c", [1] < [2] < [3])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[3]])
a = b = []
print(a is b is not None)
print(not 1 < 0 < 2)
