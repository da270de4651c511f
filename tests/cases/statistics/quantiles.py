import statistics as st
from fractions import Fraction as F

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print(st.quantiles(data, n=10))
print(st.quantiles(data), st.quantiles(data, n=4, method="inclusive"))
print(st.quantiles([1, 2], n=3), st.quantiles([1.0, 5.0, 7.0], n=5, method="inclusive"))
print(st.quantiles([F(1, 2), F(3, 2), F(5, 2)], n=4), st.quantiles(range(10), n=1), st.quantiles([3, 1], n=2))
print(st.quantiles(iter([4, 8, 15, 16, 23, 42]), n=6), st.quantiles([1, 100], n=4, method="exclusive"))
for args, kw in [(([1, 2],), {"n": 0}), (([1],), {}), (([],), {}), (([1, 2, 3],), {"method": "other"})]:
    try:
        st.quantiles(*args, **kw)
    except (st.StatisticsError, ValueError) as e:
        print(type(e).__name__, e)
scores = [st.mean(data), st.median(data), st.mode(data), st.multimode(data), st.stdev(data),
          st.variance(data), round(st.pstdev(data), 6), st.median_grouped(data, interval=5)]
print(scores)
print(st.mean([F(1, 3)] * 3), st.median([F(1, 3), F(1, 2)]), st.variance([F(1, 3), F(1, 2), 1]))
