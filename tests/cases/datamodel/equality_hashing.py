class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a))
class ByValue:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, ByValue):
            return NotImplemented
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(ByValue(1) == ByValue(1), ByValue(1) != ByValue(2), ByValue(1) == 1, 1 == ByValue(1))
print(len({ByValue(1), ByValue(1), ByValue(2)}), ByValue(3) in [ByValue(3)], [ByValue(1)].index(ByValue(1)), [ByValue(1)].count(ByValue(1)))
class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__)
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError", e)
class InheritsHash(ByValue):
    pass
print(hash(InheritsHash(5)) == hash(5))
class OverridesEq(ByValue):
    def __eq__(self, o):
        return False
print(OverridesEq.__hash__)
class Reflected:
    def __eq__(self, o):
        print("Reflected.__eq__ called")
        return "reflected"
print(1 == Reflected())
print(Reflected() == 1)
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
class EqDefinesNe:
    def __eq__(self, o):
        return True
print(EqDefinesNe() != 1)
class Sub(int):
    def __eq__(self, o):
        return "Sub.__eq__"
print(5 == Sub(5), Sub(5) == 5)
class NanLike:
    def __eq__(self, o):
        return False
n = NanLike()
print(n == n, n in [n], [n] == [n], (n,) == (n,), {n: 1}.get(n) if NanLike.__hash__ else "unhashable")
class Counted:
    eq_calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        Counted.eq_calls += 1
        return self.v == o.v
    def __hash__(self):
        return 1
s = {Counted(i) for i in range(5)}
print(len(s), Counted.eq_calls > 0)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False), hash("") == hash(""))
print({1: "int", 1.0: "float"}, {True: 1, 1: 2})
print(hash((1, 2)) == hash((1.0, 2.0)), (1, 2) == (1.0, 2.0))
