def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

A = {1, 2, 3, 4}
B = {3, 4, 5}
t("ops", lambda: (A | B, A & B, A - B, B - A, A ^ B))
t("methods", lambda: (A.union(B, [9]), A.intersection(B, range(4)), A.difference(B, [1]), A.symmetric_difference([1, 10])))
t("ops bad", lambda: A | [1])
t("cmp", lambda: (A <= A, A < A, {1} < A, A > {1, 2}, A >= B, A == set(A), A != B, {1, 2} == frozenset({1, 2})))
t("subset methods", lambda: (A.issubset(range(10)), A.issuperset([1, 2]), A.isdisjoint({9}), A.isdisjoint([1])))
def mut():
    s = set()
    s.add(1); s.add(1); s.add(2)
    s.update([3, 4], {5})
    s.discard(10)
    s.discard(1)
    s.remove(2)
    s.intersection_update(range(5))
    s.difference_update([3])
    s.symmetric_difference_update({4, 7})
    return s
t("mutators", mut)
t("remove missing", lambda: set().remove(1))
t("remove missing tuple", lambda: set().remove((1, 2)))
t("pop empty", lambda: set().pop())
t("pop", lambda: {5}.pop())
t("unhashable", lambda: {[1]})
t("unhashable add", lambda: set().add({}))
t("in unhashable", lambda: [1] in {1})
t("set in set", lambda: (frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})}))
t("frozenset ops", lambda: (frozenset({1, 2}) | {3}, {3} | frozenset({1}), type(frozenset() | set()).__name__, type(set() | frozenset()).__name__))
t("frozenset hash", lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
t("frozenset no add", lambda: frozenset().add(1))
t("ctor", lambda: (set(), set("aab") == {"a", "b"}, set(range(3)), frozenset(), frozenset([1, 1])))
t("ctor bad", lambda: set(1))
t("repr", lambda: (repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1}))))
t("len", lambda: len({1, 2, 2, 1.0, True}))
t("copy", lambda: [s := {1}, c := s.copy(), c.add(2), (s, c)][3])
t("clear", lambda: [s := {1}, s.clear(), s][2])
t("iops", lambda: [s := {1, 2}, s.__ior__({3}), s.__iand__({1, 3}), s.__isub__({1}), s.__ixor__({9}), s][5])
t("iops bad", lambda: [s := {1}, s.__ior__([2])][1])
t("ints order", lambda: list({5, 3, 1, 100, 33, 64}))
t("sorted", lambda: sorted({"b", "a", "c"}))
def mut_iter():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
t("mutate iter", mut_iter)
t("comprehension", lambda: {x % 3 for x in range(10)})
t("set of tuples", lambda: sorted({(1, 2), (1, 2), (0, 5)}))
t("lt bad", lambda: {1} < [1])
t("eq list", lambda: {1} == [1])
t("sub class", lambda: type("S", (set,), {})([1]) | {2})
t("frozenset sub", lambda: type(type("F", (frozenset,), {})([1]) | {2}).__name__)
t("nan", lambda: len({float("nan"), float("nan")}))
t("min max", lambda: (min({3, 1}), max(frozenset({3, 1}))))
t("update multi", lambda: [s := set(), s.update("ab", "bc"), sorted(s)][2])
t("isdisjoint bad", lambda: {1}.isdisjoint(1))
t("issubset bad", lambda: {1}.issubset(1))
