import copy

a = [1, [2, 3], {'x': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['x'] is a[2]['x'], c == a)
for v in [1, 2.5, 'str', b'bytes', None, True, (1, 2), frozenset({1}), range(3), len, int, 3j, ..., NotImplemented]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
d = {'k': [1], 2: (3, [4])}
dc = copy.copy(d)
dd = copy.deepcopy(d)
print(dc == d, dc is d, dc['k'] is d['k'], dd['k'] is d['k'], dd[2] is d[2], dd[2][1] is d[2][1])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)
ba = bytearray(b'xy')
print(copy.copy(ba), copy.copy(ba) is ba, copy.deepcopy(ba) == ba)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, (2, 'x'))) == (1, (2, 'x')))
nested = (1, (2, (3,)))
print(copy.deepcopy(nested) is nested)
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))


def func():
    return 1


print(copy.copy(func) is func, copy.deepcopy(func) is func)


class K:
    pass


print(copy.copy(K) is K, copy.deepcopy(K) is K)
