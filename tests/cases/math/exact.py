import math
# Common values printed exactly: these must be CPython's correctly rounded results.
xs = [0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0, 0.001, 123.456, -0.7, -2.0, 1e-5]
for name in ["exp", "sin", "cos", "tan", "atan", "exp2"]:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
pos = [x for x in xs if x > 0] + [1e100, 1e-100, 7.0, 1000.0]
for name in ["log", "log2", "sqrt"]:
    f = getattr(math, name)
    print(name, [f(x) for x in pos])
print([math.asin(x) for x in [0.1, 0.5, -0.3, 0.9]], [math.acos(x) for x in [0.1, 0.5, -0.3, 0.9]])
print(math.atan2(1, 1), math.atan2(1, 2), math.atan2(-3, 4), math.atan2(5, -7), math.atan(1) * 4)
print(math.pow(2, 0.5), math.pow(10, -2), math.pow(1.5, 2.5), math.pow(7, 1 / 3), math.pow(2, 10),
      math.pow(-2, 3), math.pow(0.5, 100), math.pow(3.7, -1.3))
print(math.log(10, 2), math.log(100, 10), math.log(2 ** 0.5), math.log10(1000), math.log10(2))
print([math.gamma(x) for x in [0.5, 1.5, 2.5, 5.5, 10.25, -0.5, -1.5, -2.75, 0.001, 30.5, 100.5, 171.5 - 1]])
print([math.lgamma(x) for x in [0.5, 1.5, 3.0, 10.5, 100.25, -0.5, -2.5, 1e-30, 1e10, 2.0]])
print(math.gamma(1), math.gamma(23), math.gamma(24), math.lgamma(1), math.gamma(-201.5), math.gamma(1e-25))
