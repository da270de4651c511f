import functools
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, v):
        self.state = v
    set_on = functools.partialmethod(set_state, True)
    set_off = functools.partialmethod(set_state, False)
c = Cell()
c.set_on(); print(c.state)
c.set_off(); print(c.state)
print(functools.reduce(lambda a, b: a + [b * 2], range(4), []))
print(sorted(functools.WRAPPER_ASSIGNMENTS), functools.WRAPPER_UPDATES)
p = functools.partial(max, key=len)
print(p(["a", "abc", "ab"]), p("x", "yy"))
pp = functools.partial(functools.partial(print, "a"), "b", sep="-")
pp("c")
@functools.lru_cache(maxsize=32)
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(10, 10), count_paths.cache_info().currsize)
print(callable(functools.cmp_to_key(lambda a, b: 0)))
