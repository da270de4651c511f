import copy

l = [1]
l.append(l)
m = copy.deepcopy(l)
print(m[1] is m, m is not l, len(m))
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e, e is not d)
shared = [0]
outer = [shared, shared, {'s': shared}]
o2 = copy.deepcopy(outer)
print(o2[0] is o2[1], o2[2]['s'] is o2[0], o2[0] is shared)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])
pre = ['preset']
memo2 = {id(x): pre}
print(copy.deepcopy([x], memo2)[0] is pre)


class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
        self.items = []


a = Node(1)
b = Node(2)
a.next = b
b.next = a
a.items.append(b)
a2 = copy.deepcopy(a)
print(a2.val, a2.next.val, a2.next.next is a2, a2.items[0] is a2.next, a2.next is not b)
a3 = copy.copy(a)
print(a3.next is b, a3.items is a.items, a3 is not a)
t = ([1],)
tt = copy.deepcopy([t, t])
print(tt[0] is tt[1], tt[0] is not t, tt[0][0] is not t[0])


class Box:
    def __init__(self):
        self.content = None


box = Box()
tup = (box,)
box.content = tup
box2 = copy.deepcopy(box)
print(box2.content[0] is box2, type(box2.content).__name__)
big = [[i, [i * 2]] for i in range(5)]
bc = copy.deepcopy(big)
print(bc == big, all(x[1] is not y[1] for x, y in zip(bc, big)))
