a = 2 ** 100
print(a, a + 1, a - 2 ** 99, a * a)
print(-a, abs(-a), a // 3, a % 1000007)
print(3 ** 50, (-3) ** 51)
print(int("123456789012345678901234567890") * 10)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f.bit_length(), (255).bit_length(), (0).bit_length(), (-8).bit_length())
print(a >> 90, 1 << 70, a & (2 ** 64 - 1), a | 1, a ^ a)
print(-a >> 1, ~a)
print(2 ** 64 == 18446744073709551616, 2 ** 63 - 1 > 2 ** 62)
print(pow(2, 100, 1000), pow(3, -1, 7))
print(hex(a), oct(2 ** 40), bin(2 ** 20))
print(str(10 ** 30)[::5], len(str(7 ** 77)))
print(int(2 ** 80 / 1) == 2 ** 80, float(2 ** 60))
