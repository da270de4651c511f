print(int("42"), int("-17"), int("  8  "), int("0x1f", 16), int("ff", 16), int("0b101", 0), int("z", 36))
print(int("1_000"), int("0o17", 0), int(True), int(-0.5))
for bad in ["", "1.5", "abc", "12a", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("9", 8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-5).__abs__(), (7).__neg__(), (12).conjugate(), (5).real, (5).imag)
