from array import array
for code in "bBhHiIlLqQfd":
    a = array(code, [1, 2, 3])
    print(code, a, a.typecode, a.itemsize, len(a), a[0], a[-1], a.tolist(), a.tobytes())
print(array("f", [0.1, 1.5, -2.25]), array("d", [0.1]), array("d"), array("i"))
print(array("u", "héllo"), array("u", "ab").tounicode(), array("u"), array("u", "x").itemsize)
a = array("i", range(10))
print(a[2:5], a[::-2], a[-3:], a[5:2], 3 in a, 11 in a, list(a)[:3])
a.append(10); a.extend([11, 12]); a.extend(array("i", [13])); a.insert(0, -1); a.insert(100, 99)
print(a, a.pop(), a.pop(0), a.pop(3), a)
a.remove(5); print(a, a.index(7), a.index(7, 2), a.count(7), a.count(100))
a.reverse(); print(a)
a[0] = 42; a[-1] = -42; print(a)
a[1:3] = array("i", [7, 7, 7]); print(a)
a[::2] = array("i", [0] * len(a[::2])); print(a)
del a[0]; del a[1:3]; del a[::3]; print(a)
b = array("h", [1, 2]) + array("h", [3]); print(b, b * 2, 2 * b, b * 0)
b += array("h", [4]); b *= 2; print(b)
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1]) < array("i", [2]),
      array("b", [1, 2]) != array("b", [1, 2]), array("i") == [], array("i", [1, 2, 3]) >= array("i", [1, 2]))
c = array("H", [1, 2, 0x1234]); c.byteswap(); print(c); c.byteswap(); print(c)
d = array("d", [1.5]); d.byteswap(); print(d.tobytes()); d.byteswap(); print(d)
e = array("i"); e.frombytes(array("i", [5, -6]).tobytes()); print(e)
e.fromlist([7, 8]); print(e, e.tolist())
print(array("b", b"\x01\xff"), array("B", bytearray(b"\x01\xff")), array("d", array("i", [1, 2])))
print(array("i", (x * x for x in range(5))), array("f", [1, 2.5]), array("q", [2**63 - 1, -2**63]),
      array("Q", [2**64 - 1]))
import array as mod
print(mod.typecodes, mod.ArrayType is array)
f = array("f", [0.1])
print(f[0], f.tobytes(), array("d", [0.1]).tobytes())
for x in array("b", [3, 4]):
    print(x, end=" ")
print()
