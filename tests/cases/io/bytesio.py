import io
def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO()
print(b.write(b"hello\nworld\n"), b.tell(), b.getvalue())
b.seek(0)
print(b.read(3), b.readline(), b.readline(), b.readline(), b.tell())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"a\nb\nc")), b.read())
b = io.BytesIO(b"abc")
show(b.seek, -1); show(b.seek, -5, 1); show(b.seek, 0, 3); show(b.write, "x")
show(io.BytesIO, "x"); show(b.seek, 10); show(b.write, b"z"); show(b.getvalue)
show(b.truncate, -1); show(b.seek, -2, 2); show(b.read); show(b.truncate, 4); show(b.getvalue)
show(b.seek, 1); show(b.truncate); show(b.getvalue); show(b.tell)
b.write(bytearray(b"QQ")); print(b.getvalue())
b = io.BytesIO(bytearray(b"xyz")); print(b.read(1), b.read1(5), b.read(), b.read())
arr = bytearray(4); b = io.BytesIO(b"12345"); print(b.readinto(arr), arr, b.readinto(arr), arr)
print(b.readable(), b.writable(), b.seekable(), b.closed)
b.close()
print(b.closed)
for name in ["read", "getvalue", "tell", "readline"]:
    show(getattr(b, name))
show(b.write, b"x")
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
b = io.BytesIO(b"l1\nl2\n")
for line in b:
    print(line)
b = io.BytesIO(); b.writelines([b"a", b"b", bytearray(b"c")]); print(b.getvalue())
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
