class Tracer:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
    def __eq__(self, o):
        print(f"  {self.v} == {o.v}")
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
a, b, c = Tracer(1), Tracer(2), Tracer(3)
print("chain", a < b < c)
print("short", b < a < c)
print("mixed", a < b == Tracer(2) < c)
print(1 < 2 < 3 < 4, 1 < 2 > 1.5, 3 > 2 > 2, 1 == 1 == 1.0, 1 is 1 is not None if False else "skip")
x = 5
print(0 < x <= 5, 0 < x < 5, x in [5] in [[5]], not 0 < x)
print([] == [], [] is [], () == (), "a" < "b" < "c", (1, 2) < (1, 3) < (2,))
print(1 != 2 != 1, 1 != 1 != 2)
def side(v, log=[]):
    log.append(v)
    print("  eval", v)
    return v
print(side(1) < side(2) < side(0) < side(5))
print(None == None, None is None, None != 0, float("nan") == float("nan"), [float("nan")] == [float("nan")])
n = float("nan")
print(n is n, [n] == [n], (n,) == (n,), n in [n], {n: 1}.get(n))
print(1 == True, 0 == False, 1 is True, 2 == True, "1" == 1, b"a" == "a", 1.0 == 1 == True)
print(5 > 3 and 3 > 1, 5 > 3 or 1 / 0, 0 and 1 / 0, [] or "default", "" or 0 or None)
print(sorted([3, 1, 2]) == [1, 2, 3], [1, 2] < [1, 2, 3], "abc" < "abd", (1, "a") < (1, "b"))
print(1 < 2.5 < 3, 10**20 > 1e19, -1 < -0.5 < 0 == -0.0)
