a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, id(a) == id(b))
print(None is None, type(None) is type(None), ... is ..., NotImplemented is NotImplemented)
print(True is True, (1 == 1) is True, bool(1) is True)
x = 300
y = 300
print(x == y)
s1 = "interned"
s2 = "interned"
print(s1 == s2)
print(1 in [1, 2], 3 not in [1, 2], "b" in "abc", "bc" in "abc", "" in "", [] in [[]], (1,) in {(1,): 0})
print(1 in {1: "a"}, "a" in {1: "a"}, 1 in {1}, 2 in frozenset(), 1 in range(3), 1.5 in range(3), 2.0 in range(3))
print(b"a" in b"abc", 97 in b"abc", b"" in b"x", 97 in bytearray(b"a"))
try:
    "a" in 5
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    [] in {}
except TypeError as e:
    print("TypeError", e)
try:
    b"a" in "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" in b"a"
except TypeError as e:
    print("TypeError", e)
try:
    300 in b"a"
except ValueError as e:
    print("ValueError", e)
nan = float("nan")
print(nan in [nan], nan in (nan,), nan in {nan}, float("nan") in [nan])
class Eq:
    def __eq__(self, o):
        return True
print(Eq() in [1], 1 in [Eq()], [Eq()].count(5))
print([1, 2, 3].__contains__(2), "abc".__contains__("b"), {1}.__contains__(1))
def gen():
    yield 1
    yield 2
    yield 3
g = gen()
print(2 in g, list(g))
print(any(x is None for x in [0, None]), [i for i in [None, 0, False] if i is not None])
