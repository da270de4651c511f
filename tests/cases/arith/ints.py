print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 7 ** 2)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
print(10 ** 20 // 3, 10 ** 20 % 7)
print(abs(-5), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000))
print(1 << 10, 1024 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(int("42"), int("-17"), int(3.9), int("ff", 16))
print(hex(255), oct(8), bin(5), hex(-1))
print(round(2.5), round(3.5), round(7, -1))
x = 0
for i in range(1000):
    x += i * i
print(x)
print(max(3, 9, 2), min([4, 1, 8]), sum(range(101)))
