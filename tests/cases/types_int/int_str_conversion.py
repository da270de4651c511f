for v in [0, 1, -1, 10, 255, -255, 2**31, 2**63, -2**63, 10**20, 7**77]:
    print(v, str(v), repr(v), hex(v), oct(v), bin(v)[:20], int(str(v)) == v, int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 0) == v)
for s in ["0", "-0", "+5", " 42 ", "1_000", "0x1F", "0o17", "0b11", "0X1f", "00", "007", "1e3", "", "-", "٣", "12 34", "0_1", "1_", "_1"]:
    for base in (10, 0, 16):
        try:
            r = int(s, base)
        except ValueError as e:
            r = f"ValueError: {e}"
        print(repr(s), base, r)
print(int("z" * 5, 36), int("Z" * 5, 36), int("10", 2), int("777", 8), int("ff", 16), int("FF", 16))
print(str(True), str(-0), format(-0, "d"), str(int("-0")))
import sys
print(sys.maxsize, -sys.maxsize - 1, type(sys.maxsize + 1).__name__)
print(int(1e15), int(-1e15), int(1.999999), int(-1.999999), int(2**53 + 0.0))
print(float(2**53), float(2**53 + 1), float(-2**63), float(10**22), float(10**23))
print(round(2**60 + 0.5), int(float(2**60)) == 2**60)
print((2**64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 9, "big"), int.from_bytes(b"\xff" * 9, "little", signed=True))
