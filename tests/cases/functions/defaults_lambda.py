def add(a, b=10):
    return a + b
print(add(1), add(1, 2), add(b=5, a=1))
sq = lambda x: x * x
print(sq(7), (lambda *a: sum(a))(1, 2, 3))
def acc(x, lst=[]):
    lst.append(x)
    return lst
print(acc(1), acc(2))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
def doc():
    "docstring"
    return 1
print(doc.__doc__, doc.__name__, add.__defaults__)
