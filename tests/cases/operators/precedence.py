print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 // 4, 7 % 3 * 2, -7 // 2 * 2)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 4, 6 | 3 & 4, 6 ^ 3 & 5, 1 | 2 ^ 3 & 4)
print(not True == False, (not True) == False, not 1 + 1, not [] and 1, 1 or 0 and 0, (1 or 0) and 0)
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
print(-~5, ~-5, - -5, +-5, not -1, ~0 == -1)
print(3 > 2 == True, (3 > 2) == True, 1 in [1] == True, (1 in [1]) == True)
print(2 * 3 ** 2, -3 ** 2, 2 ** -2 ** 2, 16 ** 0.5 ** 2)
print("a" + "b" * 3, ("a" + "b") * 3, [1] + [2] * 2, "%s" % 1 + "x", "%d" % 2 * 3)
print((lambda: 1 if True else 2)())
print(1 < 2 and 2 < 3 or 0, 0 or 1 and 2, (0 or 1) and 2)
x = [1, 2, 3]
print(x[1:] + x[:1], x[-1] * 2, -x[0], x[0] ** 2 ** 2)
print(5 // 2 * 2 + 5 % 2, divmod(-5, 2), -5 % 2, -(5 % 2))
a = 5
a += 2 * 3
a -= 1 + 1
a *= 2 - 1
print(a, a == 9 or a == 10)
print(1e3 * 1e-3, 0.1 * 3, 1 / 3 * 3, 2 ** 0.5 * 2 ** 0.5)
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(True + 1).__name__, type(True & False).__name__)
print(17 & -17, -17 >> 2, -17 << 2, 0xFF ^ 0x0F, ~0xFF & 0xFFFF)
