from itertools import *
print(list(islice(count(5), 3)), list(islice(count(1, 2), 3)), repr(count(3)), repr(count(1, 2)))
print(list(islice(cycle("ab"), 5)), list(repeat(1, 3)), repr(repeat('a', 2)), repr(repeat(1)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(chain("ab", [1])), list(chain.from_iterable(["xy", "z"])), list(compress("abcd", [1, 0, 1, 0])))
print(list(dropwhile(lambda x: x < 3, [1, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, 2, 0])))
print([(k, list(g)) for k, g in groupby("aabbbc")], [k for k, g in groupby([1, 1, 2], key=lambda x: x * 2)])
print(list(islice("abcdefg", 2, 6, 2)), list(islice("abc", None)), list(islice("abcdef", 1, None)))
for args in [(-1,), ("a",), (1, 2, 0)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print(type(e).__name__, e)
print(list(pairwise("abcd")), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee([1, 2, 3]); print(list(a), list(b))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()))
print(list(product("ab", repeat=2)), list(product([1, 2], "x")), list(product()))
print(list(permutations("abc", 2)), len(list(permutations(range(4)))), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations("ab", 3)), list(combinations_with_replacement("ab", 2)))
