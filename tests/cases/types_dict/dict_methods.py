def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

def d():
    return {"a": 1, "b": 2, "c": 3}
t("ctor", lambda: (dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2), dict(zip("ab", range(2)))))
t("ctor bad seq", lambda: dict([1, 2]))
t("ctor bad len", lambda: dict([(1, 2, 3)]))
t("ctor bad", lambda: dict(1))
t("fromkeys", lambda: (dict.fromkeys("abc"), dict.fromkeys([1, 2], 0)))
t("get", lambda: (d().get("a"), d().get("z"), d().get("z", 0)))
t("getitem missing", lambda: d()["z"])
t("getitem tuple missing", lambda: {}[(1, 2)])
t("unhashable", lambda: {}[[1]])
t("unhashable set", lambda: {[1]: 2})
t("setdefault", lambda: [x := d(), x.setdefault("a", 9), x.setdefault("z", 9), x.setdefault("n"), x][4])
t("pop", lambda: [x := d(), x.pop("a"), x.pop("z", None), x][3])
t("pop missing", lambda: d().pop("z"))
t("popitem", lambda: [x := d(), x.popitem(), x.popitem(), x][3])
t("popitem empty", lambda: {}.popitem())
t("update", lambda: [x := d(), x.update({"a": 10}, d=4), x.update([("e", 5)]), x][3])
t("update bad", lambda: {}.update(1))
t("update bad seq", lambda: {}.update(["ab", "c"]))
t("del missing", lambda: d().__delitem__("z"))
t("views", lambda: (list(d().keys()), list(d().values()), list(d().items())))
t("view repr", lambda: (repr(d().keys()), repr(d().values()), repr(d().items())))
t("view len in", lambda: (len(d().keys()), "a" in d().keys(), 1 in d().values(), ("a", 1) in d().items(), ("a", 2) in d().items()))
t("keys setops", lambda: (sorted(d().keys() & {"a", "z"}), sorted(d().keys() | {"z"}), sorted(d().keys() - {"a"}), sorted(d().keys() ^ {"a", "q"})))
t("items setops", lambda: sorted(d().items() & {("a", 1), ("b", 5)}))
t("keys isdisjoint", lambda: d().keys().isdisjoint(["x"]))
t("merge", lambda: (d() | {"d": 4}, {"a": 0} | d()))
t("ior", lambda: [x := d(), x.__ior__([("z", 0)]), x][2])
t("or bad", lambda: d() | [("z", 0)])
t("eq", lambda: (d() == {"c": 3, "b": 2, "a": 1}, d() == {"a": 1}, {} == {}, {1: 1} == {1.0: 1}))
t("lt", lambda: {} < {})
t("reversed", lambda: (list(reversed(d())), list(reversed(d().items()))))
t("copy", lambda: [x := d(), y := x.copy(), y.update(a=0), (x, y)][3])
t("clear", lambda: [x := d(), x.clear(), x][2])
t("len bool", lambda: (len({}), bool({}), bool({0: 0})))
t("nested", lambda: {"a": {"b": [1, {"c": ()}]}})
x = {}
x["self"] = x
t("self repr", lambda: repr(x))
t("order", lambda: [y := {}, y.update(b=1), y.update(a=2), y.pop("b"), y.update(b=3), list(y)][5])
t("int keys", lambda: {1: "a", True: "b", 1.0: "c", 2: "d"})
t("hash", lambda: hash({}))
def mutate():
    y = {1: 1, 2: 2}
    for k in y:
        y[k + 10] = 0
t("mutate iter", mutate)
def mutate2():
    y = {1: 1, 2: 2}
    for k in y:
        del y[k]
t("mutate del", mutate2)
def mutate3():
    y = {1: 1, 2: 2}
    for k in y:
        y[k] = 5
    return y
t("mutate value ok", mutate3)
t("dict subclass missing", lambda: type("D", (dict,), {"__missing__": lambda self, k: k * 2})()[21])
t("dict subclass repr", lambda: type("D", (dict,), {})(a=1))
t("kwargs dict", lambda: (lambda **k: k)(b=1, a=2))
t("comprehension", lambda: {k: v for k, v in zip("abc", range(3)) if v})
t("values eq", lambda: d().values() == d().values())
t("keys eq", lambda: (d().keys() == {"a", "b", "c"}, d().items() == {("a", 1), ("b", 2), ("c", 3)}))
t("get no args", lambda: {}.get())
t("dict.get unbound", lambda: dict.get({"q": 1}, "q"))
t("iter next", lambda: [it := iter({"a": 1, "b": 2}), next(it), next(it)][1:])
t("iter exhausted", lambda: next(iter({})))
t("mapping proxy", lambda: type(type.__dict__["__dict__"]).__name__ if False else "skip")
