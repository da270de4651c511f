from collections import deque, namedtuple, OrderedDict, Counter, defaultdict, ChainMap
d = deque([1,2,3], maxlen=5); d.append(4); d.appendleft(0); d.append(9); print(d, len(d), d[0], d[-1])
d.rotate(2); print(d); d.rotate(-3); print(d, 3 in d, d.index(3), d.count(3))
print(d + deque([7]), d * 2, deque([1,2]) == deque([1,2]), deque([1]) < deque([2]))
it = iter(d); d.append(1)
try: next(it)
except RuntimeError as e: print(e)
P = namedtuple("P", "x y", defaults=[5]); p = P(1); print(p, p._asdict(), p._replace(x=3), P._fields, P._field_defaults, P.__module__)
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, od.popitem(last=False))
c = Counter("abracadabra"); print(c, c.most_common(2), c.total(), sorted(c.elements())[:4])
print(c + Counter("aab"), c - Counter("aaaaab"), -Counter(a=-1), +Counter(a=1, b=0))
dd = defaultdict(list); dd[1].append(2); print(dd)
cm = ChainMap({'a':1}, {'b':2}); print(cm['b'], len(cm), cm)
import functools, operator
print(functools.reduce(operator.add, [1,2,3]), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3))
@functools.lru_cache(maxsize=2)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(functools.partial(operator.add, 1)(2), repr(operator.methodcaller('f', 1, k=2)))
from collections.abc import Sequence, Mapping, Iterable
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterable), issubclass(dict, Sequence))
