a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, b // 7, -b // 7, -b % 7)
print(divmod(a, -b), divmod(-a, b))
print(a ** 2)
print(a >> 50, a << 10, -a >> 99, -a >> 101)
print(a & b, a | b, a ^ b, ~a)
print(a == 2 ** 100, a != b, a < b, a > b)
print(hash(a), hash(-a), hash(b))
print(str(-a), repr(a), hex(a), oct(b), bin(2 ** 70))
print(abs(-a), -(-a), +a)
print(int(str(b)) == b)
print(float(a), float(b))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(a / b, b / a)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 400) // 10 ** 399)
print(pow(a, 3, b), pow(b, a, 10 ** 9 + 7))
print(a.bit_length(), b.bit_length())
print(a.to_bytes(13, "big"))
print(int.from_bytes(a.to_bytes(13, "little"), "little") == a)
print(sum(range(10 ** 6)), sum([2 ** 64] * 3))
print(max(a, b), min(a, b, key=lambda x: -x))
print(sorted([b, a, -a, 0, 1]))
print(round(b, -30))
print(10 ** 18 * 10 ** 18, (10 ** 18) ** 2 == 10 ** 36)
n = 1
for i in range(1, 30):
    n *= i
print(n)
print(n % 1000003, n // 1000003)
x = 9223372036854775807
print(x + 1, -x - 2, x * 2, (x + 1) // 2, type(x + 1 - 1).__name__)
print(-9223372036854775808 // -1)
print(4611686018427387903 + 1, -4611686018427387904 - 1)
print((1 << 62) * 2, (1 << 63) - 1)
print([i.bit_length() for i in (2**62, 2**63, 2**64, -2**63)])
