import struct
vals = [0, 1, -1, 127, -128, 255, 32767, -32768, 65535, 2**31 - 1, -2**31, 2**32 - 1,
        2**63 - 1, -2**63, 2**64 - 1]
for code in "bBhHiIlLqQnN":
    for order in "@<>":
        fmt = order + code
        try:
            struct.calcsize(fmt)
        except struct.error:
            continue
        ok = []
        for v in vals:
            try:
                ok.append(struct.unpack(fmt, struct.pack(fmt, v))[0] == v)
            except struct.error:
                ok.append(None)
        print(fmt, ok)
for x in [0.5, -1.25, 3.141592653589793, 1e300, 5e-324, 1e-40, 123456.789]:
    print(x, struct.unpack("<d", struct.pack("<d", x))[0], struct.unpack(">f", struct.pack(">f", x if abs(x) < 1e38 else 1.0))[0],
          struct.unpack("e", struct.pack("e", x if abs(x) < 6e4 else 1.0))[0])
data = struct.pack("<" + "i" * 100, *range(100))
print(sum(struct.unpack("<" + "i" * 100, data)), struct.unpack("<100i", data)[-3:])
