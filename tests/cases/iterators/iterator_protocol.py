def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))
it = iter([1, 2, 3])
t("list iter type", lambda: type(it).__name__)
t("iter of iter", lambda: iter(it) is it)
t("consume", lambda: (next(it), list(it), list(it)))
t("str iter", lambda: type(iter("a")).__name__)
t("tuple iter", lambda: type(iter(())).__name__)
t("dict iters", lambda: (type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__))
t("set iter", lambda: type(iter(set())).__name__)
t("range iter", lambda: type(iter(range(1))).__name__)
t("bytes iter", lambda: type(iter(b"")).__name__)
t("reversed types", lambda: (type(reversed([])).__name__, type(reversed(range(1))).__name__, type(reversed("a")).__name__))
t("length_hint", lambda: __import__("operator").length_hint(iter([1, 2, 3])))
t("enumerate type", lambda: (type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__))
def exhaust_then_extend():
    lst = [1]
    it = iter(lst)
    out = [next(it)]
    lst.append(2)
    out.append(next(it))
    try:
        next(it)
    except StopIteration:
        out.append("stop")
    lst.append(3)
    try:
        out.append(next(it))
    except StopIteration:
        out.append("still stopped")
    return out
t("list iter after exhaust", exhaust_then_extend)
def dict_change():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    return next(it)
t("dict changed size", dict_change)
def set_change():
    s = {1}
    it = iter(s)
    s.add(2)
    return next(it)
t("set changed size", set_change)
def dict_same_size_change():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    del d[2]
    d[3] = 3
    return list(it)
t("dict keys changed", dict_same_size_change)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountdownIter(self.n)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
t("custom iterable", lambda: (list(c), list(c), sum(c), sorted(c), 2 in c))
t("unpack custom", lambda: [*Countdown(2)])
class NextOnly:
    def __next__(self):
        return 1
t("next only iter", lambda: iter(NextOnly()))
t("next on non-iterator", lambda: next([1]))
class IterReturnsNonIter:
    def __iter__(self):
        return [1]
t("iter returns list", lambda: iter(IterReturnsNonIter()))
t("for over non-iterable", lambda: [x for x in 5])
t("zip lazy", lambda: list(zip(iter([1, 2, 3]), "ab")))
def zip_consumption():
    a = iter([1, 2, 3])
    b = iter("x")
    list(zip(a, b))
    return list(a)
t("zip consumes first", zip_consumption)
t("map stops", lambda: list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
t("enumerate big start", lambda: list(enumerate("ab", 2**64)))
t("iter sentinel", lambda: list(iter(iter([1, 2, None, 3]).__next__, None)))
t("reversed list mutate", lambda: [l := [1, 2, 3], r := reversed(l), next(r), l.clear(), list(r)][4])
t("sum generator", lambda: sum(x for x in range(101) if x % 2 == 0))
t("any short circuit", lambda: any(print("checked", x) or x > 1 for x in range(5)))
t("iter over dict view live", lambda: [d := {"a": 1}, k := d.keys(), d.update(b=2), sorted(k)][3])
t("stopiteration in genexp", lambda: list(next(iter([])) for _ in range(1)))
t("callable_iterator", lambda: type(iter(int, 1)).__name__)
