import gc
class Node:
    pass
def gen(n):
    try:
        yield n
    finally:
        print("finally", n.name)
for i in range(3):
    n = Node()
    n.name = "n%d" % i
    n.g = gen(n)
    next(n.g)
del n
print("collect")
gc.collect()
print("after")
def self_ref():
    g = yield
    try:
        yield 1
    finally:
        print("self-referencing finally")
s = self_ref()
next(s)
s.send(s)
del s
gc.collect()
print("end")
