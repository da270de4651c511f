name = "world"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"hello {name}", f"{n}", f"{n!r}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#b}|{n:,}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g} {pi:%} {pi:.0f}")
print(f"{name:>10}|{name:*^11}|{name:.3}|{name!r:>12}")
print(f"{items} {items[0]} {items[-1]} {d['k']} {d['n'] * 2}")
print(f"{n + 1} {n * 2} {n // 5} {n if n > 40 else 0} {[x * 2 for x in items]}")
print(f"{{literal}} {{{n}}} {'{'} {'}'}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:{'>'}{width}}|{n:{width}}")
print(f"{name=} {n = } {pi=:.2f} {items[1]=}")
print(f"{'nested ' + f'{n}'}")
print(f"{len(name)} {name.upper()} {sorted(d)} {min(items)}")
print(f"{3.0} {1e20} {1/3} {-0.0} {float('inf')} {None} {True} {b'x'}")
print(f"multi {n}"
      f" line {name}")
print(F"upper {n}", rf"raw \n {n}", fr"raw2 \t {name}")
x = 5
print(f"{x!r:>4}|{x:>{x}}|")
print(f"{'a' 'b'}")
print(f"{(lambda v: v * 2)(4)}")
print(f"{n:{'x'}}", f"{n:{'#x'}}", f"{255:#X}")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return format(self.v, spec)
    def __str__(self):
        return "Money"
    def __repr__(self):
        return "Money()"
m = Money(3.5)
print(f"{m:usd} {m:.1f} {m} {m!r} {m!s:>8}")
print(f"{'%d' % 7} {'%s-%s' % ('a', 'b')}")
print(f"{n!r:}", f"{'x'!r:5}|")
try:
    f"{n:z}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{undefined_var}"
except NameError as e:
    print("NameError", e)
print(f"{ n }", f"{n :>3}")
print(f"{n:_b}", f"{12345678:_}", f"{1234.5:,.2f}")
print(f"{-5:=+6}", f"{5:=6}", f"{-5:06}", f"{'s':<3}|")
