class Obj:
    attr = "A"
    items = [10, 20]
    mapping = {"key": "V"}
    def __format__(self, spec):
        return f"Obj[{spec}]"
o = Obj()
print("{0.attr} {0.items[1]} {0.mapping[key]}".format(o))
print("{:custom spec} {!s:>5}".format(o, 12))
print("{0!r:^10}|{0!s:^10}".format("x"))
print("{a[0]}{a[1]}{b.real}".format(a="xy", b=3))
print("{0:{fill}{align}{width}}".format("z", fill="~", align="^", width=7))
print("{}{}{}".format(*"abc"), "{2}{1}{0}".format(*"abc"))
print("{0[-1]}".format({-1: "neg key"}) if True else "")
for bad in ["{0[}", "{0.}", "{!}", "{:", "{0!r", "{0:{1:{2}}}", "{a.b[c}", "}{"]:
    try:
        print(repr(bad), "->", repr(bad.format(1, 2, 3, a=1)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), "->", type(e).__name__, e)
print("{:=^20}".format(" title "))
print("{:,}".format(10**12), "{:_}".format(10**12), "{:,.3f}".format(1234.5678))
print("{0:b} {0:o} {0:x} {0:#b}".format(42))
print("{:.3}".format(3.14159), "{:.3}".format("abcdef"), "{:10.3e}".format(1234.5))
print("{!a}".format("日本"), "{0}".format(None), "{0}".format([1, "2"]))
