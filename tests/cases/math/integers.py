import math
for n in [0, 1, 2, 5, 10, 20, 25, 50, 100]:
    print("factorial", n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(1000) % 1000000007)
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (0, 0), (10**20, 3), (1000, 2)]:
    print("comb", n, k, math.comb(n, k), "perm", math.perm(n, k))
print(math.perm(5), math.perm(5, None), math.perm(0))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**40 + 12345, 2**200, True]:
    print("isqrt", n, math.isqrt(n))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 27),
      math.gcd(0, 0), math.gcd(0, -5), math.gcd(2**100, 6**50), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5),
      math.lcm(2**64, 3**40) == 2**64 * 3**40, math.lcm(-4, 6))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]),
      math.prod([2, 3], start=10), math.prod(["ab", 3], start=1), math.prod([], start=None))
print(math.prod([[1], 3]) if False else math.prod([3, [1]]))
for f in [math.floor, math.ceil, math.trunc]:
    print([f(x) for x in [0.5, -0.5, 1.0, -1.9, 2.5, 1e20, -1e20, 7, -7, True, 2**70]])
class C:
    def __floor__(self): return "F"
    def __ceil__(self): return "C"
    def __trunc__(self): return "T"
print(math.floor(C()), math.ceil(C()), math.trunc(C()))
class Fl:
    def __float__(self): return 2.5
print(math.floor(Fl()), math.ceil(Fl()))
try:
    math.trunc(Fl())
except TypeError as e:
    print(type(e).__name__, e)
print(math.log(2**1000), math.log2(2**1000), math.log10(10**500), math.log(10**400, 10),
      math.log(2**10000, 2), math.log2(3**1000), math.log10(7**777))
print(math.log(2**1000, 2**500), math.log(10, 10**300))
