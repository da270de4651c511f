class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __divmod__(self, k):
        return (self // k, self % k)
    def __pow__(self, k, mod=None):
        return V(pow(self.x, k, mod), pow(self.y, k, mod))
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)

a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, a @ b, b / 2, b // 2, b % 2, divmod(b, 2))
print(a ** 2, pow(a, 3, 5), -a, +a, abs(b), ~a, a << 2, b >> 1)
print(a & 1, a | 1, a ^ 1, 1 & a, 1 | a, 1 ^ a)
print(sum([a, b]), a == V(1, 2), a != b, {a: 1}[V(1, 2)], bool(V(0, 0)), bool(a))
for expr in ["a + 1", "1 + a", "a * 'x'", "a @ 1", "1 @ a", "a < b", "-V", "a[0]", "a()", "len(a)", "iter(a)", "1 - a"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "TypeError", e)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        return "replaced"
x = Acc()
y = x
x += 1
x += 2
print(y.items, x is y)
x -= 1
print(x)
class NoIadd:
    def __add__(self, o):
        return "add used"
n = NoIadd()
n += 1
print(n)
class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ first"
print(V(1, 1) + Sub(2, 2))
class Base:
    def __add__(self, o):
        return "Base.add"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base())
class NI:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
print(NI() == NI(), NI() != NI())
try:
    NI() < NI()
except TypeError as e:
    print("TypeError", e)
