b = "héllo".encode()
print(b, len(b), b.decode(), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__)
print(b"abc"[0], b"abc"[1:], list(b"hi"), bytes([65, 66]), bytes(3))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc".upper(), b"  x ".strip())
print(b"abc" + b"def", b"ab" * 2, b"b" in b"abc", 98 in b"abc")
print(bytes.fromhex("41 42"), b"AB".hex(), bytearray(b"xy"), bytearray(2))
ba = bytearray(b"abc")
ba[0] = 122
ba.append(33)
print(ba, len(ba), bytes(ba))
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
