m = memoryview(b"abcdefgh")
print(bytes(m[::2]), bytes(m[::2][1:]), m[::2][1], bytes(m[::-2]), list(m[1:4]), len(m[5:1]))
ba = bytearray(b"0123456789")
v = memoryview(ba)[2:8:2]
v[1] = 65
v[::2] = b"xy"
print(ba, v.tolist(), v.nbytes, v.readonly, v.obj is ba)
print(b"-".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"zz")), m == b"abcdefgh", m != b"x", m[:2] == memoryview(b"ab"))
with memoryview(b"q") as mm:
    print(mm.tobytes())
print(mm.released if hasattr(mm, "released") else None)
try:
    mm[0]
except ValueError as e:
    print("ValueError", e)
try:
    m["a"]
except TypeError as e:
    print("TypeError", e)
try:
    memoryview(ba)[0] = 300
except ValueError as e:
    print("ValueError", e)
print(type(m).__name__, isinstance(m, memoryview), int.from_bytes(memoryview(b"\x01\x00"), "big"))
