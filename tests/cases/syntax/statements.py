# Every simple and compound statement form
import sys
a = b = c = 1
print(a, b, c)
a, b = b + 1, a + 2
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
(p, q), r = (1, 2), 3
[s, *t], u = [4, 5, 6], 7
print(p, q, r, s, t, u)
n = 10
n += 1; n -= 2; n *= 3; n //= 2; n %= 7; n **= 2; n <<= 1; n >>= 1; n |= 8; n &= 12; n ^= 5
print(n)
f = 1.0
f /= 4
print(f)
l = [1]
l *= 3
l += [2]
print(l)
del l[0], l[-1]
print(l)
g = 5
del g
try:
    g
except NameError as e:
    print("NameError", e)
assert True
assert 1, "never"
try:
    assert 0, "boom"
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("AssertionError", e.args)
pass
for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for-else")
for i in range(3):
    if i == 1:
        break
else:
    print("not reached")
w = 0
while w < 3:
    w += 1
else:
    print("while-else", w)
while True:
    w -= 1
    if w == 0:
        break
print("w", w)
if 0:
    print("no")
elif 0:
    print("no")
elif 1:
    print("elif")
else:
    print("no")
def func():
    global GLOB
    GLOB = "set"
    return
func()
print(GLOB, func())
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner(); inner()
    return v
print(outer())
class CM:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, *a):
        print("exit", a)
with CM() as v, CM():
    print("body", v)
class Empty: pass
print(Empty.__name__)
if True: print("one-line if")
for k in "ab": print(k, end=";")
print()
while False: pass
x = 1; y = 2; print(x + y)
def deco(fn):
    fn.tag = "decorated"
    return fn
@deco
def g(): pass
print(g.tag)
@(lambda c: c)
class H: pass
print(H.__name__)
try:
    raise ValueError("v")
except (TypeError, ValueError) as e:
    print("caught", repr(e))
finally:
    print("finally")
try:
    pass
except Exception:
    pass
else:
    print("else ran")
print(sys.maxsize > 2**31)
import sys as system, math as m1
from math import pi as PI, floor
print(system is sys, m1.pi == PI, floor(2.5))
