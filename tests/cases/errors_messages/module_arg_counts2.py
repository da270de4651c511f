# Wrong argument counts across more modules and builtins, CPython's messages.
import itertools, functools, random, collections, json, re, copy, operator, math, cmath, struct, gc, weakref, heapq, bisect, string, textwrap, os, sys, time, array, keyword, abc, warnings, traceback, dataclasses, enum, types, inspect, fractions, statistics
cases = [
 (itertools.chain.from_iterable, ()), (itertools.islice, ()), (itertools.islice, (1,)), (itertools.repeat, ()), (itertools.product, ()),
 (itertools.combinations, (1,)), (itertools.permutations, ()), (itertools.accumulate, ()), (itertools.groupby, ()), (itertools.starmap, (1,)),
 (itertools.takewhile, (1,)), (itertools.dropwhile, ()), (itertools.filterfalse, (1,)), (itertools.zip_longest, ()), (itertools.tee, ()),
 (itertools.compress, (1,)), (itertools.pairwise, ()), (itertools.cycle, ()), (itertools.count, (1, 2, 3)),
 (functools.reduce, ()), (functools.reduce, (1,)), (functools.partial, ()),
 (random.seed, (1, 2, 3)), (random.randint, (1,)), (random.choice, ()), (random.shuffle, ()), (random.uniform, (1,)), (random.random, (1, 2)),
 (collections.deque, (1, 2, 3)), (collections.Counter, (1, 2)), (collections.defaultdict, (1, 2)),
 (json.dumps, ()), (json.loads, ()), (json.dump, (1,)), (json.load, ()),
 (re.compile, ()), (re.match, (1,)), (re.sub, (1, 2)), (re.escape, ()), (re.purge, (1,)), (re.split, (1,)), (re.findall, ()),
 (copy.copy, ()), (copy.deepcopy, ()),
 (operator.attrgetter, ()), (operator.methodcaller, ()), (operator.is_, (1,)), (operator.countOf, (1,)), (operator.indexOf, ()),
 (math.floor, (1, 2)), (math.log2, ()), (math.log10, ()), (math.log1p, ()), (math.tan, ()), (math.hypot, ()), (math.erf, ()),
 (cmath.log, ()), (cmath.log, (1, 2, 3)), (cmath.sin, ()),
 (gc.get_objects, (1, 2)), (gc.set_threshold, ()), (weakref.ref, ()), (weakref.proxy, ()),
 (heapq.nlargest, (1,)), (heapq.nsmallest, ()), (heapq.merge, ()),
 (bisect.insort_left, (1,)), (bisect.bisect_right, ()),
 (textwrap.dedent, ()), (textwrap.wrap, ()),
 (os.getenv, ()), (os.listdir, (1, 2)), (os.urandom, ()), (os.getpid, (1,)), (os.path.join, ()),
 (sys.getsizeof, ()), (sys.settrace, (1, 2)), (sys.setprofile, ()), (sys.exc_info, (1,)), (sys.intern, (1, 2)),
 (time.sleep, (1, 2)), (time.time_ns, (1,)), (time.perf_counter_ns, (1,)),
 (array.array, ()), (abc.abstractmethod, ()),
 (traceback.format_exc, (1, 2, 3)),
 (dataclasses.fields, ()), (dataclasses.asdict, ()), (enum.unique, ()), (types.SimpleNamespace, (1,)),
 (inspect.signature, ()), (fractions.Fraction, (1, 2, 3)), (statistics.mean, ()),
 (min, ()), (max, ()), (iter, (1, 2, 3)), (next, ()), (pow, (1,)), (round, ()), (sorted, ()), (enumerate, ()), (zip, (), ), (map, ()), (filter, ()), (range, ()), (slice, ()), (open, ()), (print, ), (input, (1, 2)), (format, ()), (vars, (1, 2)), (compile, ()), (exec, ()), (eval, ()), (setattr, (1, 2)), (delattr, (1,)), (hasattr, (1,)), (issubclass, (1,)), (super, (1, 2, 3)), (property, (1, 2, 3, 4, 5)),
]
for c in cases:
    f = c[0]; args = c[1] if len(c) > 1 else (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
    try:
        f(*args)
        print(getattr(f, '__name__', f), 'ok')
    except Exception as e:
        print(getattr(f, '__name__', f), args, '->', type(e).__name__, e)
