vals = [0, 1, -1, 7, -7, 2 ** 62, -2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 64 + 3, -(2 ** 64) - 3]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b:
            row.append(a // b)
            row.append(a % b)
    print(a, sum(row), row[:6])
for a in vals:
    print(a, a << 3, a >> 3, a & 0xFFFF, a | 1, a ^ -1, -a, abs(a))
for e in range(0, 70, 7):
    print(e, 3 ** e, (-3) ** e, 2 ** e % 1000)
print(int.__floordiv__(7, 0) if False else "skip")
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 10**20), (-5, 10**20)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
