import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("RecursionError", e)
print("recovered", depth(100))
lst = []
cur = lst
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(lst)
except RecursionError as e:
    print("repr RecursionError", e)
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError as e:
    print("str RecursionError")
a = []
b = []
for _ in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("compare RecursionError", e)
class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError as e:
    print("custom repr RecursionError")
class Getattr:
    def __getattr__(self, name):
        return self.missing
try:
    Getattr().x
except RecursionError as e:
    print("getattr RecursionError")
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual RecursionError")
old = sys.getrecursionlimit()
sys.setrecursionlimit(150)
try:
    depth(200)
except RecursionError:
    print("lower limit hit")
sys.setrecursionlimit(old)
print(depth(300), sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
t = ()
for _ in range(500):
    t = (t,)
try:
    hash(t)
    print("hashed")
except RecursionError:
    print("hash RecursionError")
def gen_rec(n):
    if n:
        yield from gen_rec(n - 1)
    yield n
print(sum(gen_rec(200)))
