z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * z, z / 2, z - 1j, -z, +z)
print(1j * 1j, (1 + 2j) == complex(1, 2), complex("1+2j"))
print(complex(2), complex(0, -1), 0j, -0j)
print(repr(1j), repr(2.5 + 0j), repr(-1 - 1j))
print((1 + 1j) ** 2, 2 ** 1j == 2 ** 1j)
print(complex(1, 0) == 1, 1j != 1)
try:
    print(1j < 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1j // 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type(z).__name__, isinstance(z, complex))
