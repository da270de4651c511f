# statistics: NormalDist (every method and operator), covariance, correlation,
# linear_regression, and the weighted/geometric/harmonic means, quantiles, multimode.
import statistics as st
from fractions import Fraction
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, repr(NormalDist()), NormalDist(1, 2) == NormalDist(1.0, 2.0))
print(n.mean, n.median, n.mode, n.stdev, n.variance)
for x in [55, 85, 100, 115.5, 160, -1e9]:
    print(x, n.pdf(x).hex(), n.cdf(x).hex(), n.zscore(x))
for p in [1e-300, 1e-20, 1e-6, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.575, 0.7, 0.97575, 0.999, 1 - 1e-12]:
    print(p, n.inv_cdf(p).hex(), NormalDist().inv_cdf(p).hex())
print(n.quantiles(), [round(q, 9) for q in n.quantiles(10)])
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)).hex())
print(NormalDist(0, 1).overlap(NormalDist(1, 1)).hex(), NormalDist(0, 1).overlap(NormalDist(0, 1)))
print(NormalDist(5, 3).overlap(NormalDist(0, 1)).hex())
print(n + 10, 10 + n, n - 10, 10 - n, n * 2, 2 * n, n / 2, -n, +n)
print(n + NormalDist(0, 20), n - NormalDist(50, 20))
print(hash(n) == hash(NormalDist(100.0, 15.0)), n == 3, n != NormalDist(100, 16))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist.from_samples(iter([1, 2, 3, 4])))
print(NormalDist(0, 1).samples(5, seed=42))
print(len(NormalDist().samples(3)), n.__getstate__())
print(sorted(NormalDist.__slots__))
for bad in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1),
            lambda: NormalDist(0, 0).cdf(1), lambda: NormalDist(0, 0).inv_cdf(0.5),
            lambda: n.inv_cdf(0), lambda: n.inv_cdf(1.0), lambda: NormalDist(0, 0).zscore(1),
            lambda: NormalDist(0, 0).overlap(n), lambda: n.overlap(3),
            lambda: NormalDist.from_samples([1])]:
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, [-v for v in x]))
print(st.correlation(x, x), st.correlation(x, y).hex(), st.correlation(x, x[::-1]))
r = st.linear_regression(x, [2 * v + 1 for v in x])
print(r, r.slope, r.intercept, type(r).__name__, r._fields)
print(st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9.5], proportional=True))
print(st.linear_regression([Fraction(1), Fraction(2), 3], [2, 4, 7]))
for f, args in [(st.covariance, ([1], [2])), (st.covariance, ([1, 2], [1])),
                (st.correlation, ([1, 2], [3])), (st.correlation, ([1, 1, 1], [1, 2, 3])),
                (st.correlation, ([1], [1])), (st.linear_regression, ([1, 1], [1, 2])),
                (st.linear_regression, ([1, 2], [1])), (st.linear_regression, ([1], [1]))]:
    try:
        f(*args)
    except StatisticsError as e:
        print("StatisticsError", e)

print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1.5, 2.5])))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103,
                    109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103,
                    106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101,
                    81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles([1, 2], n=3))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.multimode([1, 1, 2, 2]))
for f, args, kw in [(st.fmean, ([],), {}), (st.fmean, ([1, 2], ), {"weights": [1]}),
                    (st.geometric_mean, ([1, -2],), {}), (st.quantiles, ([1],), {}),
                    (st.quantiles, ([1, 2],), {"n": 0}), (st.quantiles, ([1, 2],), {"method": "x"}),
                    (st.harmonic_mean, ([1, -1],), {})]:
    try:
        print(f(*args, **kw))
    except (StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(st.__all__))
