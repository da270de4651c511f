import itertools as it
cases = [(it.product, ([],), {'repeat':-1}), (it.permutations, ([],-1), {}), (it.combinations, ([],-1), {}), (it.combinations, ([],), {}), (it.combinations_with_replacement, ([],-1), {}), (it.tee, ([],-1), {}), (it.accumulate, (), {}), (it.compress, ([],), {}), (it.groupby, (), {}), (it.pairwise, (), {}), (it.starmap, (1,), {}), (it.zip_longest, (1,), {}), (it.takewhile, (1,), {}), (it.dropwhile, (None,), {}), (it.filterfalse, (None,), {}), (it.count, (), {'x':1}), (it.chain,(), {'a':1}), (it.zip_longest, ([],), {'a':1}), (it.permutations, ([], 'a'), {}),
 (it.islice, ([], 'a', 1), {}), (it.islice, ([], 1, 2, 3, 4), {}), (it.product, (), {'repeat':'a'}), (it.zip_longest, (), {'fillvalue':1, 'x':2}), (it.tee, (1,), {}), (it.tee, ([], 'a'), {}), (it.groupby, ([],), {'key':1, 'x':2}), (it.islice, ([],), {'stop':1}), (it.cycle, ([],), {'a': 1}), (it.repeat, (1,), {'times':2, 'x':1}), (it.count, (1,2,3), {}), (it.pairwise, (1,), {}), (it.compress, (1,2), {}), (it.accumulate, ([1],), {'x':1}), (it.product, (1,), {}), (it.repeat, (1,2,3), {}), (it.takewhile, (None,[1]), {}), (it.starmap, (pow, [1]), {}), (it.accumulate, ([1, 'a'],), {}), (it.islice, ([],-1,3), {}), (it.islice, ([],None,None,None), {}), (it.combinations, ([1],), {'r':1}), (it.permutations, (), {}), (it.combinations_with_replacement, ([1],'a'), {}),(it.chain.from_iterable, (1,), {}), (it.filterfalse, (None, 1), {}), (it.groupby, (1,), {}), (it.permutations, ([1], None), {})]
for f, a, k in cases:
  try: print(list(f(*a, **k)))
  except Exception as e: print(getattr(f,'__name__',f), type(e).__name__, e)
print(type(it.groupby([1])), type(next(it.groupby([1]))[1]), type(it.tee([])[0]))
print(it.count.__module__, type(it.chain.from_iterable([])))
print(it.islice, type(it.chain.from_iterable([])))
try: it.count(1)[0]
except Exception as e: print(type(e).__name__, e)
t = it.tee([1,2])[0]
print(type(t.__copy__()), it.tee(t, 3)[0].__class__)
print(it.repeat(1, 3).__length_hint__())
try: it.repeat(1).__length_hint__()
except Exception as e: print(type(e).__name__, e)
print(repr(it.count(2**70, 2**65)), repr(it.count(1, -1)), repr(it.count(1,0)))
