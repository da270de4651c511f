# Unbounded recursion is RecursionError at any recursion limit, small or very large.
import sys

def down(n):
    return down(n + 1)

def depth_reached(limit):
    sys.setrecursionlimit(limit)
    reached = [0]
    def probe(n):
        reached[0] = n
        probe(n + 1)
    try:
        probe(0)
    except RecursionError as e:
        return reached[0], str(e)

for limit in (50, 100, 1000, 5000, 100000):
    n, msg = depth_reached(limit)
    print(limit, n > limit // 2, n < limit, msg)
    try:
        down(0)
    except RecursionError as e:
        print("down:", e)

sys.setrecursionlimit(1000)

class Node:
    def __init__(self, child):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)

sys.setrecursionlimit(100000)
node = None
for i in range(50000):
    node = Node(node)
print(node.depth())
sys.setrecursionlimit(1000)
try:
    node.depth()
except RecursionError as e:
    print("RecursionError", e)

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", e)

# Recursion through native code: __getattr__, __eq__, map and sorted keys.
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Loop().a
except RecursionError as e:
    print("getattr", type(e).__name__)

def through_map(n):
    return list(map(through_map, [n + 1]))
try:
    through_map(0)
except RecursionError as e:
    print("map", type(e).__name__)
print("still working", sum(range(10)))
