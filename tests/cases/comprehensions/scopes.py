def f():
    factor = 3
    return [x * factor for x in range(4)]
print(f())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
data = {"a": [1, 2], "b": [3]}
print({k: sum(v) for k, v in data.items()})
print([y for x in [[1, 2], [3]] for y in x if y != 2])
print(list(map(str, [1, 2])), [*map(len, ["ab", "c"])])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([list(r) for r in zip(*matrix)])
