from array import array
def s(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for c in "bBhHiIlLqQ":
    size = array(c).itemsize
    s(array, c, [2**70]); s(array, c, [-2**70]); s(array, c, [2**(8 * size)]); s(array, c, [-1 - 2**(8 * size - 1)])
s(array, "i", [1.5]); s(array, "f", ["x"]); s(array, "z"); s(array, "d", [1]); s(array, "i", "abc")
s(array, "h", b"\x01"); s(array, "i", 5); s(array); s(array, "ii"); s(array, 5)
a = array("i", [1, 2, 3])
s(a.index, 5); s(a.remove, 5); s(a.pop, 10); s(array("i").pop); s(a.__getitem__, 5)
s(a.__setitem__, 0, "x"); s(a.__setitem__, 10, 1); s(a.__add__, array("d")); s(a.__add__, [1])
s(a.extend, array("d", [1])); s(a.frombytes, b"abc"); s(a.fromlist, [1, "x"]); print(a)
s(a.fromlist, (1,)); s(a.__setitem__, slice(0, 2), [1]); s(a.__setitem__, slice(0, 3, 2), array("i", [7]))
s(a.append, 2**40); s(a.insert, 0, "q"); s(a.__delitem__, 10); s(hash, a)
s(array("u", "x").append, "ab"); s(array("u", "x").append, 5); s(array("i").tounicode)
s(a.__mul__, "x"); s(a.__iadd__, [1]); s(a.frombytes, "str")
s(array("b", [1]).__setitem__, 0, 128); print(a)
p = array("b", [1])
s(p.extend, [2, 3, 300, 4]); print(p)
s(p.fromlist, [5, "x"]); print(p)
print(array("i", [True, False]), array("d", [True, 2]), array("f", [0.1, 1e39]) if False else array("f", [0.1]))
