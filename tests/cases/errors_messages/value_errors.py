def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

cases = [("int('x')", lambda: int("x")), ("int('1.5')", lambda: int("1.5")), ("float('x')", lambda: float("x")), ("int('')", lambda: int("")),
         ("int('12', 2)", lambda: int("12", 2)), ("complex('x')", lambda: complex("x")), ("[].index(1)", lambda: [].index(1)), ("().index(1)", lambda: ().index(1)),
         ("'a'.index('b')", lambda: "a".index("b")), ("[].remove(1)", lambda: [].remove(1)), ("'a'.split('')", lambda: "a".split("")),
         ("'{}'.format", lambda: "{0}{1}".format(1)), ("chr(-1)", lambda: chr(-1)), ("range(0,1,0)", lambda: range(0, 1, 0)),
         ("a, b = [1]", lambda: exec("a, b = [1]")), ("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]")), ("a, *b, c = [1]", lambda: exec("a, *b, c = [1]")),
         ("a, b = 1", lambda: exec("a, b = 1")), ("dict([[1]])", lambda: dict([[1]])), ("'x'.center(5, 'ab')", lambda: "x".center(5, "ab")),
         ("bytes([300])", lambda: bytes([300])), ("(1).to_bytes(0, 'big')", lambda: (1).to_bytes(0, "big")), ("math.sqrt(-1)", lambda: __import__("math").sqrt(-1)),
         ("math.log(0)", lambda: __import__("math").log(0)), ("'%c' % -1", lambda: "%c" % -1), ("int('9' * 5000)", lambda: int("9" * 5000)),
         ("str(10 ** 5000)", lambda: str(10 ** 5000)), ("format(1, '=s')", lambda: format(1, "=s")), ("format('a', '=5')", lambda: format("a", "=5")),
         ("format(1, ',,')", lambda: format(1, ",,")), ("format(1.5, 'c')", lambda: format(1.5, "c")), ("format(1, '.2d')", lambda: format(1, ".2d")),
         ("format('s', '+')", lambda: format("s", "+")), ("format(1, '#c')", lambda: format(1, "#c")), ("'{:x}'.format('s')", lambda: "{:x}".format("s")),
         ("'{0:{1}}'.format(1, '{')", lambda: "{0:{1}}".format(1, "{")), ("slice step 0", lambda: [1, 2][::0]), ("list.pop out", lambda: [1].pop(5)),
         ("memory neg repeat ok", lambda: [1] * -5), ("zip strict", lambda: list(zip([1, 2], [1], strict=True))), ("zip strict 2", lambda: list(zip([1], [1, 2], strict=True))),
         ("zip strict 3", lambda: list(zip([1], [1], [1, 2], strict=True))), ("int base -1", lambda: int("1", -1)), ("round nd big", lambda: round(1.5, 10**20)),
         ("float fromhex", lambda: float.fromhex("x")), ("bytes.fromhex", lambda: bytes.fromhex("zz")), ("sorted key", lambda: sorted([3, 1], key=len))]
for label, f in cases:
    t(label, f)
