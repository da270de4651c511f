for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(0, 5), divmod(-1, 5), divmod(1, -5))
print(-0.0 % 5, 0.0 % -5)
print(10 ** 20 // 7, -(10 ** 20) // 7, (10 ** 20) % -7)
print(divmod(2 ** 70, 3 ** 20))
print(divmod(-(2 ** 70), 3 ** 20))
