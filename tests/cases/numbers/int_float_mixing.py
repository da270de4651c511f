pairs = [(1, 1.0), (2**53, 2.0**53), (2**53 + 1, 2.0**53), (10**20, 1e20), (-3, -3.0000001), (0, -0.0), (7, 7.5)]
for i, f in pairs:
    print(i, repr(f), i == f, i < f, i > f, i <= f, hash(i) == hash(f), i + f, i * f, f - i)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 == float("inf"), 10**400 < float("inf"), float("nan") != 10**400)
print(1 / 2, 1 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** -1, 2 ** 0.5, (-8) ** (1 / 3))
print(round(7 / 3, 3), int(7 / 3), 7 // 3, float(7 // 3), divmod(7, 2.0))
print(sum([1, 2.5, 3]), max(1, 2.0, 1.5), min(-1, -1.0), sorted([3, 1.5, 2, 0.5]))
print(3 * 0.1, 0.1 * 3, 1e16 + 1 == 1e16, 2**63 + 0.0, int(2**63 + 0.0) == 2**63)
print(isinstance(1, float), isinstance(1.0, int), (1).__float__(), (1.5).__int__(), float.is_integer(4.0))
print(complex(1, 2) + 1, 1 - 2j * 2, abs(-3 + 4j), (1 + 2j).conjugate(), (2j) ** 2, 1j == complex(0, 1))
print(pow(2, 0.5) == 2 ** 0.5, pow(-1, 0.5), pow(10, -2), pow(0, 0), pow(0.0, 0))
print(hash(0.5) == hash(0.5), hash(2.0**-1074) != 0, hash(-1) == hash(-1.0), hash(float(2**61)))
