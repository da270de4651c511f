import copy


class C:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return C(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return C(copy.deepcopy(self.v, memo))


c = C([1])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
print(c1.v is c.v, c2.v is c.v, c2.v)


class R:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (R, (self.a, self.b))


r = R([1], 2)
print(copy.copy(r).a is r.a, copy.deepcopy(r).a is r.a, copy.deepcopy(r).b)


class S:
    def __init__(self):
        self.x = 1
        self.tmp = 'drop'

    def __getstate__(self):
        st = dict(self.__dict__)
        del st['tmp']
        return st

    def __setstate__(self, st):
        print('setstate', sorted(st))
        self.__dict__.update(st)
        self.tmp = 'restored'


s2 = copy.copy(S())
print(s2.x, s2.tmp)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


class SlotsChild(Slots):
    __slots__ = ('c', '__priv')

    def __init__(self):
        super().__init__()
        self.c = 'c'
        self.__priv = 'p'

    def priv(self):
        return self.__priv


sl = SlotsChild()
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a is sl.a, sd.a, sc.c, hasattr(sc, 'b'), sd.priv())


class Mixed:
    __slots__ = ('x', '__dict__')


mx = Mixed()
mx.x = 1
mx.y = [2]
my = copy.deepcopy(mx)
print(my.x, my.y, my.y is mx.y)


class L(list):
    pass


class Dd(dict):
    pass


l = L([1, [2]])
l.tag = 't'
lc = copy.copy(l)
ld = copy.deepcopy(l)
print(type(lc).__name__, lc, lc[1] is l[1], ld[1] is l[1], ld.tag)
dd = Dd(a=[1])
dd.extra = 5
dc = copy.deepcopy(dd)
print(type(dc).__name__, dc, dc['a'] is dd['a'], dc.extra)


class I(int):
    pass


i = I(5)
i.note = 'n'
ic = copy.copy(i)
print(type(ic).__name__, ic, ic.note)


class ReduceStr:
    def __reduce__(self):
        return 'global_name'


rs = ReduceStr()
print(copy.copy(rs) is rs, copy.deepcopy(rs) is rs)
