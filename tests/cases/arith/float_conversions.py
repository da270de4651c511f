print(float(3), float("2.5"), float("-inf"), float(" 1e3 "), float(True))
for bad in ["", "abc", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 0.5, 10 / 4, 10 // 4.0, 7 % 2.5, -7 % 2.5)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1)
print(1e16 + 1, 2 ** 53 + 1.0)
print(float.fromhex("0x1.8p1"), (3.0).hex())
print(abs(-2.5), -(-0.0), max(0.0, -0.0))
print(float("nan") == float("nan"), float("inf") > 1e308)
