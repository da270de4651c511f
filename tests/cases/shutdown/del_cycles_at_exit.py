# Cyclic garbage and cycles still referenced by globals are collected at exit.
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("del", self.name, "peer", self.peer.name if self.peer else None)
a = Node("a")
b = Node("b")
a.peer, b.peer = b, a
selfref = Node("self")
selfref.peer = selfref
def make_garbage():
    x = Node("garbage x")
    y = Node("garbage y")
    x.peer, y.peer = y, x
make_garbage()
print("garbage made")
class Registry:
    instances = []
    def __init__(self, n):
        self.n = n
        Registry.instances.append(self)
    def __del__(self):
        print("registry del", self.n)
for i in range(3):
    Registry(i)
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrect del")
r = Resurrect()
print("end")
