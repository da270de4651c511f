import statistics as st
from fractions import Fraction as F

sets = [[2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4, 5], [F(1, 2), F(1, 4), F(1, 3)],
        [1, 1, 1], [0.1, 0.2, 0.3, 0.4], [10 ** 15 + 1, 10 ** 15 + 2, 10 ** 15 + 3], [1, 2.5, F(3, 2)],
        [1e300, 1e300, 2e300], [True, False]]
for data in sets:
    for fn in [st.variance, st.pvariance, st.stdev, st.pstdev]:
        try:
            r = fn(data)
            print(fn.__name__, repr(r), type(r).__name__)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
data = [1, 2, 3, 4, 5]
m = st.mean(data)
print(st.variance(data, m), st.pvariance(data, m), st.stdev(data, xbar=3), st.pstdev(data, mu=3))
print(st.variance(iter([1.5, 2.5, 3.5])), st.pvariance((x * 0.5 for x in range(10))))
print(st.stdev([1, 2, 4, 8, 16, 32]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
for fn, d in [(st.variance, [1]), (st.variance, []), (st.stdev, [3]), (st.pvariance, []), (st.pstdev, []),
              (st.variance, ["a", "b"]), (st.pvariance, [1, "b"])]:
    try:
        print(fn(d))
    except (st.StatisticsError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
