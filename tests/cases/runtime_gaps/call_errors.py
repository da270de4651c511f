class P:
    def __new__(cls, x):
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
    def method(self):
        return 1
    def two(self, a, b=2, *, c):
        return a
    @staticmethod
    def st(a):
        return a
    @classmethod
    def cm(cls, a):
        return a
def f(a, b):
    pass
def outer():
    def inner(x):
        pass
    return inner
tests = [
    lambda: P(), lambda: P(1, 2), lambda: P(1).method(2), lambda: P(1).two(), lambda: P(1).two(1),
    lambda: P(1).two(1, 2, 3), lambda: P.st(), lambda: P.cm(), lambda: P(1).method(x=1),
    lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: outer()(),
    lambda: P(1).two(1, c=1, d=2), lambda: (lambda: 0)(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
from collections import deque
for t in [lambda: deque.append(1, 2), lambda: hash(deque()), lambda: deque()[0:1],
          lambda: deque(1), lambda: deque([], -1)]:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(deque, type(iter(deque())), type(reversed(deque())))
import itertools
for t in [lambda: itertools.count()[0], lambda: hash(itertools.chain()) and len(itertools.chain())]:
    try:
        t()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def renamed(a):
    pass
renamed.__qualname__ = "Other.name"
try:
    renamed()
except TypeError as e:
    print(e)
