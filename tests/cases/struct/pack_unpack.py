import struct
fmts = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "c",
        "P"]
for order in ["@", "=", "<", ">", "!"]:
    for f in fmts:
        fmt = order + f
        try:
            size = struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "error", e)
            continue
        v = b"A" if f == "c" else (1.5 if f in "efd" else (True if f == "?" else 100))
        p = struct.pack(fmt, v)
        print(fmt, size, p, struct.unpack(fmt, p))
print(struct.pack("<hHiIqQ", -2, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1)))
print(struct.pack(">hHiIqQ", -2, 65535, -2**31, 2**32 - 1, -2**63, 2**64 - 1))
print(struct.pack("@bhiq", 1, 2, 3, 4), struct.calcsize("@bhiq"), struct.calcsize("<bhiq"))
print(struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("0s", b"x"),
      struct.pack("s", b""), struct.pack("5p", b"ab"), struct.pack("3p", b"abcd"), struct.pack("p", b"z"))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("3s", b"xyz"), struct.unpack("2c", b"ab"))
print(struct.pack("4x"), struct.pack("b3xb", 1, 2), struct.unpack("b3xb", b"\x01\x00\x00\x00\x02"))
print(struct.pack("3i", 1, 2, 3), struct.unpack("<3h2b", b"\x01\x00\x02\x00\x03\x00\x04\x05"))
print(struct.pack("??", 0, [1]), struct.unpack("??", b"\x00\x05"))
for x in [0.0, -0.0, 1.0, 0.1, 65504.0, 1e-7, 6e-8, 2.0**-24, 3 * 2.0**-25, 1e-10, float("inf"), float("nan"), 0.333, 1000.5, 2049.0, 2051.0]:
    p = struct.pack("<e", x)
    print("e", x, p, struct.unpack("<e", p))
for x in [0.1, 1e38, 3.4028234e38, 1e-45, -2.5, float("-inf")]:
    p = struct.pack("<f", x)
    print("f", x, p, struct.unpack("<f", p), struct.pack(">d", x))
print(struct.pack("<i", True), struct.pack("B", False))
class Idx:
    def __index__(self): return 7
print(struct.pack("<iQ", Idx(), Idx()), struct.pack("d", 3), struct.pack("f", Idx()))
print(struct.pack(b"<h", 5), struct.unpack(b"<h", bytearray(b"\x05\x00")), struct.unpack("<h", memoryview(b"\x06\x00")) if "memoryview" in dir(__builtins__) else (6,))
print(struct.pack("<2h 3b", 1, 2, 3, 4, 5), struct.calcsize("2h 3b"), struct.calcsize("  i  "))
print(struct.calcsize(""), struct.pack(""), struct.unpack("", b""))
print(struct.calcsize("bhilqnNPefd?cx"), struct.calcsize("<bhilqefd?cx"), struct.calcsize("@b0l"),
      struct.calcsize("xh"), struct.calcsize("10s3p"), struct.calcsize("ci"), struct.calcsize("ic"),
      struct.calcsize("@ci0q"), struct.calcsize("100000i"))
