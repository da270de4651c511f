# Wrong argument counts to many modules' functions: CPython's messages name the module for
# METH_NOARGS / METH_O functions and not for Argument Clinic's forms.
import math, time, sys, operator, itertools, functools, random, struct, json, re, bisect, heapq, gc, copy, cmath, os

CASES = [
    (time.time, (1,)), (time.monotonic, (1,)), (time.perf_counter, (1,)), (time.process_time, (1,)),
    (time.time_ns, (1,)), (time.monotonic_ns, (1,)), (time.perf_counter_ns, (1,)), (time.sleep, ()),
    (time.sleep, (1, 2)),
    (sys.getrecursionlimit, (1,)), (sys.setrecursionlimit, ()), (sys.intern, ()), (sys.exit, (1, 2)),
    (sys.getsizeof, ()), (sys.getsizeof, (1, 2, 3)), (sys._getframe, (1, 2)), (sys.exc_info, (1,)),
    (sys.exception, (1,)), (sys.gettrace, (1,)), (sys.settrace, ()), (sys.getdefaultencoding, (1,)),
    (sys.getfilesystemencoding, (1,)), (sys.getrefcount, ()), (sys.getprofile, (1,)),
    (math.sqrt, (1, 2)), (math.log, ()), (math.log, (1, 2, 3)), (math.pow, (1,)), (math.atan2, (1, 2, 3)),
    (math.isclose, (1,)), (math.factorial, ()), (math.fsum, ()), (math.prod, ()), (math.comb, (1,)),
    (math.floor, ()), (math.ceil, (1, 2)), (math.exp, ()), (math.trunc, ()), (math.isnan, ()),
    (math.degrees, (1, 2)), (math.ldexp, (1,)), (math.frexp, ()), (math.modf, ()), (math.copysign, (1,)),
    (math.fmod, (1,)), (math.remainder, (1,)), (math.dist, (1,)), (math.perm, ()), (math.isqrt, ()),
    (math.nextafter, (1,)), (math.ulp, ()), (math.sin, ()), (math.cos, (1, 2)), (math.gamma, ()),
    (cmath.sqrt, ()), (cmath.phase, ()), (cmath.polar, ()), (cmath.rect, (1,)), (cmath.exp, ()),
    (cmath.isclose, (1,)),
    (gc.collect, (1, 2)), (gc.enable, (1,)), (gc.disable, (1,)), (gc.isenabled, (1,)),
    (gc.get_count, (1,)), (gc.get_threshold, (1,)), (gc.is_tracked, ()),
    (operator.add, (1,)), (operator.neg, ()), (operator.not_, ()), (operator.truth, ()),
    (operator.index, ()), (operator.getitem, (1,)), (operator.contains, (1,)), (operator.itemgetter, ()),
    (heapq.heappush, (1,)), (heapq.heapify, ()), (heapq.heappop, ()), (heapq.heapreplace, (1,)),
    (heapq.heappushpop, (1,)),
    (bisect.bisect, (1,)), (bisect.insort, ()), (bisect.bisect_left, (1,)),
    (struct.pack, ()), (struct.calcsize, ()), (struct.unpack, (1,)), (struct.iter_unpack, (1,)),
    (struct.pack_into, ()), (struct.unpack_from, ()),
    (itertools.count, (1, 2, 3)), (random.random, (1,)), (random.getrandbits, ()),
    (os.getcwd, (1,)),
    (len, ()), (divmod, (1,)), (sum, ()), (sum, (1, 2, 3)), (abs, ()), (chr, ()), (ord, (1, 2)),
    (hash, ()), (callable, ()), (id, ()), (repr, ()), (ascii, ()), (isinstance, (1,)), (getattr, (1,)),
    (hex, ()), (oct, ()), (bin, ()),
]

for f, args in CASES:
    try:
        f(*args)
        print(f.__name__, "no error")
    except TypeError as e:
        print(f.__name__, args, "->", e)

# The same through plain call sites (several times: specialized calls must agree).
for _ in range(3):
    try:
        time.time(1)
    except TypeError as e:
        print(e)
    try:
        math.sqrt(1, 2)
    except TypeError as e:
        print(e)
    try:
        math.gcd(x=1)
    except TypeError as e:
        print(e)
    try:
        math.hypot(x=1)
    except TypeError as e:
        print(e)
    try:
        gc.get_referrers(x=1)
    except TypeError as e:
        print(e)

# Module functions know their module.
for f in [time.time, time.sleep, math.sqrt, sys.getrecursionlimit, sys.exit, heapq.heappush,
          gc.enable, operator.add, operator.truth, os.getcwd, struct.calcsize, len, print]:
    print(f.__name__, f.__module__)

# time's calendar functions (frozen Python here, C functions in CPython).
for f, args, kw in [(time.gmtime, (1, 2), {}), (time.localtime, (1, 2), {}), (time.ctime, (1, 2), {}),
                    (time.asctime, (1, 2), {}), (time.mktime, (), {}), (time.mktime, (1, 2), {}),
                    (time.strftime, (), {}), (time.strftime, (1, 2, 3), {}),
                    (time.get_clock_info, (), {}), (time.gmtime, (), {'x': 1}),
                    (time.strftime, ('%Y',), {'t': None}), (time.mktime, (), {'t': 1})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(f.__name__, '->', e)
print(time.gmtime(0), time.asctime(time.gmtime(0)), time.strftime('%Y-%m-%d', time.gmtime(86400)))
print(time.mktime(time.gmtime(0)) == time.mktime(time.localtime(0)), time.ctime(0)[:3])
