def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

ops = [("1 + 'a'", lambda: 1 + "a"), ("'a' + 1", lambda: "a" + 1), ("[] + ()", lambda: [] + ()), ("1 - 'a'", lambda: 1 - "a"),
       ("None * 2", lambda: None * 2), ("'a' * 'b'", lambda: "a" * "b"), ("[] * 1.5", lambda: [] * 1.5), ("1 / 'a'", lambda: 1 / "a"),
       ("{} | []", lambda: {} | []), ("1 @ 2", lambda: 1 @ 2), ("-'a'", lambda: -"a"), ("~1.5", lambda: ~1.5), ("+[]", lambda: +[]),
       ("abs('a')", lambda: abs("a")), ("1 < 'a'", lambda: 1 < "a"), ("[] > {}", lambda: [] > {}), ("None < None", lambda: None < None),
       ("1 ** 'a'", lambda: 1 ** "a"), ("pow(1, 2, 'a')", lambda: pow(1, 2, "a")), ("pow(1.5, 2, 3)", lambda: pow(1.5, 2, 3)),
       ("1 << 1.0", lambda: 1 << 1.0), ("1 & 1.0", lambda: 1 & 1.0), ("divmod('a', 1)", lambda: divmod("a", 1)), ("'%d' % 'x'", lambda: "%d" % "x"),
       ("5 % 'a'", lambda: 5 % "a"), ("b'a' + 'a'", lambda: b"a" + "a"), ("() + []", lambda: () + []), ("{1} + {2}", lambda: {1} + {2}),
       ("1 in 1", lambda: 1 in 1), ("'a' in 1", lambda: "a" in 1), ("len(5)", lambda: len(5)), ("5()", lambda: 5()), ("'s'()", lambda: "s"()),
       ("None[0]", lambda: None[0]), ("5[0]", lambda: 5[0]), ("{}[[]]", lambda: {}[[]]), ("'abc'[1.0]", lambda: "abc"[1.0]),
       ("[1][None]", lambda: [1][None]), ("(1,)['a']", lambda: (1,)["a"]), ("'a'[0] = 'b'", lambda: exec("s = 'a'; s[0] = 'b'")),
       ("del (1,)[0]", lambda: exec("t = (1,); del t[0]")), ("iter(5)", lambda: iter(5)), ("next([])", lambda: next([])),
       ("hash([])", lambda: hash([])), ("hash({})", lambda: hash({})), ("hash(set())", lambda: hash(set())), ("{[]: 1}", lambda: {[]: 1}),
       ("sorted([1, 'a'])", lambda: sorted([1, "a"])), ("max([])", lambda: max([])), ("min()", lambda: min()), ("max(1)", lambda: max(1)),
       ("sum(['a'])", lambda: sum(["a", "b"])), ("sum([], 'a')", lambda: sum([], "a")), ("int.bad", lambda: int.bad), ("(1).bad", lambda: (1).bad),
       ("None.x", lambda: None.x), ("type.x", lambda: type.x), ("object().x = 1", lambda: setattr(object(), "x", 1)),
       ("isinstance(1, 1)", lambda: isinstance(1, 1)), ("issubclass(1, int)", lambda: issubclass(1, int)), ("issubclass(int, 1)", lambda: issubclass(int, 1)),
       ("chr('a')", lambda: chr("a")), ("ord(1)", lambda: ord(1)), ("round('a')", lambda: round("a")), ("getattr(1)", lambda: getattr(1)),
       ("'a'.join([1])", lambda: "a".join([1])), ("int(None)", lambda: int(None)), ("float(None)", lambda: float(None)), ("str.lower()", lambda: str.lower()),
       ("zip(1)", lambda: zip(1)), ("map(1, [1])", lambda: list(map(1, [1]))), ("enumerate(1)", lambda: enumerate(1)), ("reversed(1)", lambda: reversed(1)),
       ("reversed({})", lambda: reversed({1: 2}.keys()) and "ok"), ("range('a')", lambda: range("a")), ("list(1)", lambda: list(1)),
       ("dict(1)", lambda: dict(1)), ("set(1)", lambda: set(1)), ("tuple(1)", lambda: tuple(1)), ("frozenset(1)", lambda: frozenset(1)),
       ("bytes('a')", lambda: bytes("a")), ("callable()", lambda: callable()), ("print(sep=1)", lambda: print(sep=1)), ("print(end=1)", lambda: print(end=1))]
for label, f in ops:
    t(label, f)
