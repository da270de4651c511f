import struct
def s(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for fmt, v in [("b", 200), ("B", -1), ("h", 70000), ("H", -1), ("i", 2**40), ("I", -1),
               ("l", 2**70), ("L", -1), ("q", 2**70), ("Q", -1), ("n", 2**70), ("N", -1),
               ("<i", 2**40), ("<I", -1), ("<q", 2**64), ("<Q", -1), ("<l", 2**40), (">H", 70000),
               ("<b", 200), ("<B", 300), ("P", -1), ("i", "x"), ("i", 1.5), ("f", "x"),
               ("e", 1e6), ("c", b"ab"), ("c", "a"), ("s", "a"), ("p", 1), ("?", []),
               ("<P", 1), ("<n", 1), ("3z", 1), ("3 i", 1), ("i", None), ("<f", 1e300),
               (">f", 1e300), ("I", 2**40), ("<I", 2**40), ("<h", 70000), ("<H", -1),
               (">h", 70000), (">H", -1), ("!i", -2**31 - 1), ("l", -2**70), ("<q", -2**64),
               ("<e", 65520.0), ("e", 65519.0), ("f", 1e39), ("P", 2**64), ("d", 2**2000),
               ("3", 1), ("<", 1), ("i", [])]:
    s(struct.pack, fmt, v)
s(struct.pack, "ii", 1); s(struct.pack, "i", 1, 2); s(struct.pack, "x", 1)
s(struct.unpack, "i", b"abc"); s(struct.unpack, "i", b"abcde"); s(struct.unpack, "i", "abcd")
s(struct.unpack_from, "i", b"abcd", 1); s(struct.unpack_from, "i", b"abcd", -10)
s(struct.unpack_from, "<h", b"abcd", 2); s(struct.unpack_from, "<h", b"abcd", -2)
s(struct.unpack_from, "<h", b"abcd")
s(struct.pack_into, "i", bytearray(5), 2, 1); s(struct.pack_into, "i", bytearray(5), -10, 1)
s(struct.pack_into, "i", bytearray(5), 5, 1); s(struct.pack_into, "i", b"abcd", 0, 1)
s(struct.iter_unpack, "i", b"abcde"); s(struct.iter_unpack, "", b"")
s(struct.Struct, 5); s(struct.calcsize, 5); s(struct.calcsize, "q" * 3 + "y")
print(issubclass(struct.error, Exception), struct.error.__name__)
try:
    struct.pack("b", 1000)
except struct.error as e:
    print("caught", type(e).__name__, e.args)
