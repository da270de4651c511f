SNIPPETS = {
"fib": """
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
""",
"branches": """
def f(x, y):
    if x < y and y is not None:
        return x
    elif not x:
        x += 1
    else:
        y = -x
    while x > 0:
        x -= 1
        if x == 5:
            break
    else:
        return None
    return x, y
""",
"calls": """
def f(o, a, *args, **kw):
    o.m(a, k=1)
    g(*args, **kw)
    o.attr.x = a[1:2]
    o.n += 1
    a[0] -= 2
    return f"{a!r:>10} and {o}"
""",
"tryexcept": """
def f(x):
    try:
        g(x)
    except ValueError as e:
        h(e)
    except (TypeError, KeyError):
        pass
    return x
""",
"withstmt": """
def f(p):
    with open(p) as fp, lock:
        data = fp.read()
    return data
""",
"closure": """
def outer(v):
    def inner(w):
        nonlocal v
        v += w
        return v
    return inner
""",
"imports": """
def f():
    import os.path as osp
    from collections import OrderedDict as OD, deque
    return osp, OD, deque
""",
"unpack": """
def f(s):
    first, *rest = s
    x = y = first
    return [*rest, x], {**{}, 'k': y}, (x, *rest)
""",
"generator": """
def gen(it):
    for x in it:
        got = yield x
        if got:
            yield from got
""",
"folding": """
def f(x):
    return -1, 2 ** 10, 'ab' * 3, (1, 2) + (3,), x in [1, 2, 3], x in {4, 5}, ~5, 7 // 2, 1 << 4
""",
}
SNIPPETS.update({
"lambda_defaults": """
def f(a, b=2, *, c=3):
    return lambda x=a, *, y=b: x + y + c
""",
"class_super": """
def f():
    class C(Base):
        def m(self, x):
            return super().m(x) + __class__.k
    return C
""",
"assert_raise": """
def f(x):
    assert x > 0, "positive"
    if x > 10:
        raise ValueError("big") from None
    raise
""",
"global_del": """
def f():
    global G
    G = 1
    del G
    x = 1
    del x
""",
"slices": """
def f(a, i):
    b = a[1:i]
    a[::2] = b
    del a[i]
    return a[i, 1:2]
""",
"boolops": """
def f(a, b, c):
    x = a and b or c
    y = not a
    return x if y else -x
""",
"async_await": """
async def f(a):
    x = await a
    return x
""",
"comprehension_gen": """
def f(xs):
    return (x * 2 for x in xs if x)
""",
"dicts_sets": """
def f(a, b):
    return {'a': a, 'b': b}, {a, b}, {a: b, **a}, [a, b, 3]
""",
})
