a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del a
del b[0], b[-1]
del c["x"]
del o.attr
print(b, c, vars(o))
del b[::2]
print(b)
x, y = 1, 2
del x, y
try:
    x
except NameError as e:
    print("NameError", e)
(p, q) = (1, 2)
del (p, q)
[r, s] = [3, 4]
del [r, s]
print("deleted tuple/list targets", "p" in dir(), "r" in dir())
def f():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
f()
try:
    del o.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    del c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    del b[100]
except IndexError as e:
    print("IndexError", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError", e)
try:
    del "abc"[0]
except TypeError as e:
    print("TypeError", e)
class DelItem:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
di = DelItem()
del di[1], di[1:2], di["k", 2]
del di.anything
g = 10
def del_global():
    global g
    del g
del_global()
print("g" in globals())
lst = [1, 2, 3]
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 2:
        del lst[i]
print(lst)
