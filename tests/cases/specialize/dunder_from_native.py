# Python dunders called from native code (operators, len, repr, hash...): results, errors
# raised inside them with their tracebacks' last line, and recursion through them.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.x)

    def __sub__(self, o):
        return NotImplemented

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x

    def __hash__(self):
        return hash(self.x)

    def __len__(self):
        return self.x

    def __repr__(self):
        return "V(%r)" % self.x

    def __neg__(self):
        return V(-self.x)


a, b = V(1), V(2)
for _ in range(3):
    print(a + b, 3 + a, a + 4, -a, len(b), a == V(1), a != b, hash(a) == hash(1), repr(b))
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)


class Bad:
    def __add__(self, o):
        return 1 / 0

    def __len__(self):
        return -1

    def __mul__(self, *args, **kw):
        return len(args)


try:
    Bad() + 1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    len(Bad())
except ValueError as e:
    print(type(e).__name__, e)
print(Bad() * 2)


class Deep:
    def __init__(self):
        self.n = 0

    def __add__(self, o):
        self.n += 1
        return self + o

    def __eq__(self, o):
        self.n += 1
        return self == o


for name, op in [("add", lambda d: d + 1), ("eq", lambda d: d == 1)]:
    d = Deep()
    try:
        op(d)
    except RecursionError as e:
        print(name, type(e).__name__, e, d.n > 600)
d = Deep()
print(d + 0 if False else "after recursion ok", a + b)
