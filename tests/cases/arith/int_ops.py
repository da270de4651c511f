print(7 + 3, 7 - 10, 7 * -3, 7 / 2, 8 / 2, -7 / 2)
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0, (-8) ** (1/3) == (-8) ** (1/3))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, 1 << 10, 1024 >> 3, -1 >> 10)
print(True + True, True * 5, False - 1, -True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    2 ** 3 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7; x <<= 2; x |= 1; x ^= 3; x &= 14; x >>= 1
print(x)
print(abs(-7), -abs(7), +(-3))
print(10 / 3 == 10 // 3, 9 / 3 == 3)
