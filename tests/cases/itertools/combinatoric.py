from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product("ab", [])), list(product("ab", repeat=0)))
print(list(product([1, 2], "a", repeat=2)))
print(len(list(product(range(3), range(4), range(5)))))
print(list(permutations("ABC")))
print(list(permutations("ABCD", 2)))
print(list(permutations([])), list(permutations("ab", 0)), list(permutations("ab", 3)))
print(list(permutations(range(3), r=None)) == list(permutations(range(3))))
print(len(list(permutations(range(6)))), len(set(permutations(range(5), 3))))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations([], 0)), list(combinations([], 1)))
print(list(cwr("ABC", 2)))
print(list(cwr([], 0)), list(cwr([], 2)), list(cwr("a", 3)), list(cwr("ab", 0)))
print(len(list(cwr(range(5), 3))), len(list(combinations(range(10), 4))))
print(list(combinations(iter([3, 1, 2]), 2)))
p = permutations("ab")
print(type(p).__name__, next(p), list(p), list(p))
print(type(product()).__name__, type(combinations("", 0)).__name__, type(cwr("", 0)).__name__)
def gen():
    yield 1
    yield 2
print(list(product(gen(), gen())))
for bad in [lambda: combinations("ab", -1), lambda: cwr("ab", -2), lambda: permutations("ab", -1),
            lambda: product("a", repeat=-1), lambda: permutations("ab", 1.0), lambda: combinations("ab", "x"),
            lambda: combinations("ab"), lambda: product(5), lambda: permutations(None)]:
    try:
        print(list(bad()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
