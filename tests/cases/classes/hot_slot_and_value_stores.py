# Hot attribute stores (specialized STORE_ATTR_SLOT / STORE_ATTR_INSTANCE_VALUE) that grow an
# instance's storage in and out of order, with inherited slots and deletions.


class P:
    __slots__ = ("a", "b", "c")


class Q(P):
    __slots__ = ("d", "e")


def fill(obj, order, value):
    for name in order:
        setattr(obj, name, value)


def show(obj, names):
    out = []
    for n in names:
        try:
            out.append((n, getattr(obj, n)))
        except AttributeError as e:
            out.append((n, "AttributeError: " + str(e)))
    return out


def store_c_then_a(obj, i):
    obj.c = i
    obj.a = i * 2


def store_e(obj, i):
    obj.e = i


for i in range(300):
    p = P()
    store_c_then_a(p, i)
    if i % 100 == 0:
        print(show(p, "abc"))
    q = Q()
    store_e(q, i)
    store_c_then_a(q, i)
    if i % 2:
        del q.c
    if i % 100 == 1:
        print(show(q, "abcde"))


class V:
    def __init__(self, n):
        if n % 3 == 0:
            self.z = n
        self.x = n
        self.y = -n

    def later(self, n):
        self.w = n


vs = []
for i in range(300):
    v = V(i)
    if i % 5 == 0:
        v.later(i)
    vs.append(v)
print([sorted(vars(v).items()) for v in vs[:7]])
print([list(vars(v)) for v in vs[:7]])
print(sum(v.x + v.y for v in vs), sum(getattr(v, "z", 0) for v in vs))
