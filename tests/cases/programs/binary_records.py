"""Packing sensor records into a binary file format with struct, array and io.BytesIO."""
import struct
from array import array
from io import BytesIO, StringIO

MAGIC = b"CPHD"
HEADER = struct.Struct("<4sHHI")        # magic, version, record size, count
RECORD = struct.Struct("<IhHf?3x")      # timestamp, temperature*100, humidity*10, pressure, ok


def crc(data, poly=0xEDB88320):
    value = 0xFFFFFFFF
    for byte in data:
        value ^= byte
        for _ in range(8):
            value = (value >> 1) ^ poly if value & 1 else value >> 1
    return value ^ 0xFFFFFFFF


def write(records):
    buf = BytesIO()
    buf.write(HEADER.pack(MAGIC, 2, RECORD.size, len(records)))
    for r in records:
        buf.write(RECORD.pack(*r))
    body = buf.getvalue()
    buf.write(struct.pack(">I", crc(body)))
    return buf.getvalue()


def read(blob):
    f = BytesIO(blob)
    magic, version, size, count = HEADER.unpack(f.read(HEADER.size))
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    records = [RECORD.unpack(f.read(size)) for _ in range(count)]
    (stored,) = struct.unpack(">I", f.read(4))
    if stored != crc(blob[:-4]):
        raise ValueError("checksum mismatch")
    return version, records


records = [(1_700_000_000 + 60 * i, -250 + 37 * i, 400 + 13 * i, 1013.25 - i / 4, i % 3 != 0) for i in range(6)]
blob = write(records)
print(len(blob), HEADER.size, RECORD.size, blob[:16].hex(" "), hex(crc(b"123456789")))
version, back = read(blob)
for r in back:
    print(r[0], r[1] / 100, r[2] / 10, round(r[3], 2), r[4])
corrupt = bytearray(blob)
corrupt[20] ^= 0xFF
for bad in [bytes(corrupt), b"XXXX" + blob[4:], blob[:10]]:
    try:
        read(bad)
    except (ValueError, struct.error) as e:
        print(type(e).__name__, e)

print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("<d?"), struct.calcsize("@d?"))
print(struct.pack(">hHiIqQ", -2, 65535, -(2 ** 31), 2 ** 32 - 1, -1, 2 ** 64 - 1).hex())
print(struct.pack("<e", 1.5).hex(), struct.unpack("<e", b"\x00\x3c"), struct.pack("!f", 0.1).hex())
print(struct.pack("5s3p", b"abcdefg", b"xyz"), struct.unpack("2c", b"hi"), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 7, 9)
print(buf, struct.unpack_from("<H", buf, offset=4))
for fmt, args in [("<h", (40000,)), ("<B", (-1,)), ("<i", ("x",)), ("<q", (1.5,)), ("3z", ()), ("<H", (1, 2))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error", e)

temps = array("h", (r[1] for r in records))
print(temps, temps.itemsize, temps.typecode, sum(temps), max(temps))
temps.append(999)
temps.extend([1, 2])
temps[0] = -1
print(temps.tolist(), temps.index(999), temps.count(1), temps[2:5], temps[::-2])
raw = temps.tobytes()
again = array("h")
again.frombytes(raw)
print(again == temps, len(raw))
again.byteswap()
print(again[:3], array("d", [1.5, 2.5]) * 2, array("B", b"\x01\x02") + array("B", [3]))
for tc, v in [("b", 128), ("B", -1), ("H", 70000), ("i", 2 ** 31)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print("OverflowError", e)
try:
    array("x")
except ValueError as e:
    print("ValueError", e)
log = StringIO()
for r in back[:3]:
    print(*r, sep=",", file=log)
print(log.getvalue().splitlines(), log.tell())
log.seek(0)
print(log.readline().strip(), log.read(5), log.readlines())
