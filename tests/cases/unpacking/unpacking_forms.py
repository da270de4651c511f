a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for k, v in {"a": 1}.items():
    print(k, v)
first, *_ = "hello"
print(first, _)
a = b = c = []
a.append(1)
print(b, c)
x, y = {"p": 1, "q": 2}
print(x, y)
s1, s2 = {7}, {8}
print(s1, s2)
a, b = iter([10, 20])
print(a, b)
def gen():
    yield 1
    yield 2
a, b = gen()
print(a, b)
print(*[1, 2], *"ab", sep="-")
print([*range(2), *(3, 4), *{5: 0}])
print((*"ab",), {*"aa"}, {**{"a": 1}, "b": 2})
def f(*args, **kw):
    return args, kw
print(f(*[1], *(2,), **{"x": 1}, **{"y": 2}))
for bad in ["a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c, d = [1, 2]", "(a, b), c = 1, 2", "a, b = None"]:
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
class Three:
    def __iter__(self):
        return iter([1, 2, 3])
a, b, c = Three()
print(a, b, c)
a, *rest = Three()
print(a, rest)
class Infinite:
    def __iter__(self):
        n = 0
        while True:
            n += 1
            yield n
try:
    a, b = Infinite()
except ValueError as e:
    print("ValueError", e)
d = {}
d["x"], d["y"] = 1, 2
print(d)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
class O:
    pass
o = O()
o.a, o.b = 5, 6
print(o.a, o.b)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
(((deep,),),) = (((1,),),)
print(deep)
[] = []
() = ()
print("empty targets ok")
head, *tail = [1]
print(head, tail)
*init, last = [1]
print(init, last)
