def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
t("live views", lambda: (list(k), list(v), list(i), len(k)))
t("keys ops", lambda: (k & {"a", "z"}, k - {"a"} == {"b", "c", "d"}, sorted(k | ["x"]), sorted(k ^ {"a", "q"})))
t("items ops", lambda: (sorted(i & [("a", 1), ("b", 0)]), sorted(i - {("a", 1)})))
t("keys with list", lambda: sorted(k & ["a", "b", "zz"]))
t("rops", lambda: ({"a", "q"} & k == {"a"}, sorted(["x"] | k)))
t("view compare", lambda: (k == {"a", "b", "c", "d"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"}, i == set(d.items())))
t("values not set-like", lambda: v & {1})
t("values eq", lambda: (v == v, d.values() == d.values()))
t("isdisjoint", lambda: (k.isdisjoint({"z"}), i.isdisjoint({("a", 2)})))
t("reversed views", lambda: (list(reversed(k)), list(reversed(v)), list(reversed(i))))
t("mapping attr", lambda: (k.mapping is not None, dict(k.mapping) == d) if hasattr(k, "mapping") else "no mapping")
t("contains unhashable", lambda: ([1] in k))
t("items contains unhashable value", lambda: (("a", [1]) in i))
t("view repr", lambda: (repr({}.keys()), repr({1: 2}.items()), repr({1: [3]}.values())))
t("view hash", lambda: hash(k))
t("view len after del", lambda: [d.pop("d"), len(k), len(v), len(i)][1:])
t("iter view changed", lambda: [it := iter(k), next(it), d.update(z=0), next(it)][3])
t("sorted items", lambda: sorted(d.items(), key=lambda kv: -kv[1]))
t("dict from items", lambda: dict(d.items()) == d)
t("keys sub", lambda: type(k).__name__)
