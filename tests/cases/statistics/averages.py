import statistics as st
from fractions import Fraction as F

sets = [[1, 2, 3, 4, 4], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [F(1, 2), F(3, 4), F(5, 4)], [2, 2.5, F(1, 2)],
        [True, False, True], [10 ** 20, 3, 5], [0.1] * 10, range(1, 101), [-1, -2, 7]]
for data in sets:
    data = list(data)
    for fn in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode]:
        try:
            r = fn(data)
            print(fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
print(st.mean(iter([1, 2, 3])), st.mean((x for x in [F(1, 3), F(2, 3)])), st.mean([1e308, 1e308]))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.fmean([1, 2, 3]), st.fmean(iter([3.5, 4.5])))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean([10, 20], weights=iter([1, 3])))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.0, 8.0]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]))
print(st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([7]), st.harmonic_mean(iter([1, 2, 4])))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2),
      st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([5]))
print(st.mode(["red", "blue", "blue", "red", "green", "red"]), st.mode([1, 1, 2, 2]), st.mode("aabbbc"))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([3, 1, 3, 1]))
print(st.median(["a", "c", "b"]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
checks = [(st.mean, []), (st.fmean, []), (st.fmean, iter([])), (st.median, []), (st.median_low, []),
          (st.median_high, []), (st.median_grouped, []), (st.mode, []), (st.harmonic_mean, []),
          (st.harmonic_mean, [-1, 2]), (st.harmonic_mean, [-3]), (st.geometric_mean, []),
          (st.geometric_mean, [1, -2]), (st.geometric_mean, [0, 3]), (st.mean, ["a", "b"]),
          (st.mean, [1, "x"]), (st.harmonic_mean, ["x"]), (st.median_grouped, ["a", "b"]), (st.mean, [1j])]
for fn, data in checks:
    try:
        print(fn.__name__, fn(data))
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(fn.__name__, type(e).__name__, e)
for args, kw in [(([1, 2], [1]), {}), (([1, 2], [0, 0]), {})]:
    try:
        st.fmean(*args, **kw)
    except st.StatisticsError as e:
        print("StatisticsError", e)
for w in [[1], [-1, 2]]:
    try:
        st.harmonic_mean([1, 2], weights=w)
    except st.StatisticsError as e:
        print("StatisticsError", e)
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__mro__[1].__name__)
print(st.mean([float("inf"), 1]), st.mean([float("nan"), 1]), st.fmean([float("inf"), 2]))
