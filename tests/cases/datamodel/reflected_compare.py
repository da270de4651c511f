class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"A.__lt__({self.v}, {getattr(o, 'v', o)})")
        return NotImplemented
    def __gt__(self, o):
        print(f"A.__gt__({self.v}, {getattr(o, 'v', o)})")
        return NotImplemented
    def __eq__(self, o):
        print(f"A.__eq__({self.v}, {getattr(o, 'v', o)})")
        return NotImplemented
class B(A):
    def __gt__(self, o):
        print(f"B.__gt__({self.v}, {getattr(o, 'v', o)})")
        return True
    def __eq__(self, o):
        print(f"B.__eq__({self.v}, {getattr(o, 'v', o)})")
        return "B-eq"
print(A(1) < B(2))
print(A(1) == B(2))
print(B(1) == A(2))
try:
    print(A(1) < A(2))
except TypeError as e:
    print("TypeError", e)
print(A(1) == A(2), A(1) != A(2))
a = A(5)
print(a == a, a != a)
class C:
    def __le__(self, o):
        return "C.le"
    def __ge__(self, o):
        return "C.ge"
print(C() <= 1, 1 <= C(), C() >= 1, 1 >= C())
try:
    C() < 1
except TypeError as e:
    print("TypeError", e)
class D(int):
    def __lt__(self, o):
        return "D.lt"
    def __gt__(self, o):
        return "D.gt"
print(D(1) < 5, 5 < D(1), 5 > D(1), D(1) > D(2))
print(sorted([D(3), D(1)]) if False else "skip sort")
class E:
    def __eq__(self, o):
        return [1]
print(E() == 1, 1 == E(), [E()] == [1], E() in [1])
class F:
    def __ne__(self, o):
        return 0
print(F() != F(), not (F() != 1))
