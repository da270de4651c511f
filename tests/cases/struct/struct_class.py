import struct
S = struct.Struct("<ihd")
print(S.size, S.format, type(S).__name__)
p = S.pack(1, -2, 3.5)
print(p, S.unpack(p), S.unpack_from(b"xx" + p, 2))
buf = bytearray(20)
S.pack_into(buf, 3, 7, 8, 9.25)
print(buf, S.unpack_from(buf, 3))
struct.pack_into("<h", buf, -2, 258)
print(buf[-4:], struct.unpack_from("<h", buf, offset=18))
print(list(S.iter_unpack(p * 3)))
print(list(struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")))
it = struct.iter_unpack("B", b"abc")
print(next(it), list(it))
print(struct.Struct(b">I").pack(0xdeadbeef), struct.Struct("2s").unpack(b"hi"))
records = [(i, i * i, i / 4) for i in range(10)]
R = struct.Struct("!HIf")
blob = b"".join(R.pack(*r) for r in records)
print(len(blob), blob[:14])
print([R.unpack_from(blob, i * R.size) for i in range(0, 10, 3)])
try:
    S.pack(1, 2)
except struct.error as e:
    print("error", e)
try:
    S.unpack(b"short")
except struct.error as e:
    print("error", e)
