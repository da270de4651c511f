a = 10
a //= 3
print(a)
a **= 3
print(a)
a %= 7
print(a)
b = 1.5
b += 1
print(b)
print(True + 1, 3 * True)
print(-(-3), +4, -2 ** 2, (-2) ** 2)
print(1 if 2 > 1 else 0)
print(5 // 2 * 2 + 5 % 2)
