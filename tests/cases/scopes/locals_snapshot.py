def f():
    exec('q = 5')
    print('q' in locals(), locals()['q'])
    a = 1
    l1 = locals()
    del a
    l2 = locals()
    print(l1 is l2, sorted(l2))
    b = 2
    print(sorted(l1), 'b' in l1, locals()['b'], l1['b'])
    exec('b = 99')
    print(b, locals()['b'])
f()
def g():
    x = 1
    def h():
        return x
    d = locals()
    print(sorted(d), d['x'])
    x = 2
    print(locals()['x'], d is locals())
g()
def gen():
    y = 1
    yield sorted(locals())
    z = 2
    yield sorted(locals())
print(list(gen()))
class C:
    p = 1
    print(sorted(locals()))
print(sorted(k for k in locals() if not k.startswith('__')))
