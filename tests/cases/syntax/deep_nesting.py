# Nesting depths CPython accepts must compile and run; deeper ones are clean errors.
def check(src):
    try:
        code = compile(src, "<nest>", "exec")
        ns = {}
        exec(code, ns)
        v = ns.get("x")
        print("ok", type(v).__name__, len(repr(v)))
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)


for n in (10, 50, 100, 150, 199):
    check("x = " + "(" * n + "1" + ")" * n)
    check("x = " + "[" * n + "]" * n)
    check("x = " + "{1: " * n + "0" + "}" * n)
for n in (200, 250, 1000):
    check("x = " + "(" * n + "1" + ")" * n)
for n in (100, 500):
    check("x = " + "-" * n + "1")
    check("x = " + "not " * n + "1")
check("x = " + "f(" * 150 + ")" * 150 if False else "x = 1")
check("def f(*a): return a\nx = " + "f(" * 150 + ")" * 150)
print(eval("(" * 150 + "7" + ")" * 150))
print(len(eval("[" * 150 + "]" * 150)))
