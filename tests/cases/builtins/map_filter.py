print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(len, ["", "ab"])), list(map(str.upper, "ab")), list(map(int, "123")))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", None, [], 5, "x"])), list(filter(str.isdigit, "a1b2")))
print(list(map(lambda x: x * 2, filter(lambda x: x % 2, range(8)))))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
