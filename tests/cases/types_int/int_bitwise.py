vals = [0, 1, -1, 5, -5, 255, -256, 2**40 + 3, -(2**40) - 3, 2**64, -(2**64)]
for a in vals:
    print(a, [a & b for b in vals[:6]], [a | b for b in vals[:6]], [a ^ b for b in vals[:6]])
for a in vals:
    print(a, ~a, [a << s for s in (0, 1, 7, 65)], [a >> s for s in (0, 1, 7, 65)])
print((-1) >> 1000, 1 >> 1000, (-5) >> 1, (-4) >> 1, 5 << 0)
for bad in ["1 << -1", "1 >> -1", "1.0 << 1", "1 << 1.0", "1 & 1.5", "'a' | 1"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
print(int.bit_count(255), (2**100 - 1).bit_count(), (-(2**100)).bit_count(), (0).bit_length(), (-(2**100)).bit_length())
print(True & 2, True | 2, True ^ True, False | False, type(True ^ True).__name__)
mask = 0
for bit in (0, 3, 5, 64):
    mask |= 1 << bit
print(mask, bin(mask), [b for b in range(70) if mask >> b & 1])
print(0xFF & ~0x0F, (0xF0 | 0x0F) ^ 0xFF, -0x10 & 0xFF, (1 << 200) >> 199)
