a, b = [1, 2]
print(a, b)
first, *middle, last = range(6)
print(first, middle, last)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, y=2))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
