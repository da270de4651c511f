x = 3.14159
n = 42
s = "hi"
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|")
print(f"{n:05d}|{n:>6}|{n:<6}|{n:^6}|{n:+d}|{-n:+d}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}")
print(f"{1234567:,}|{1234567:_}|{1234567.891:,.2f}")
print(f"{s!r}|{s:>5}|{s:*^7}|{s!s:<4}|")
print(f"{0.5:%}|{0.125:.1%}|{1e10:e}|{1.5e-7:.3e}|{123.456:g}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|")
print(f"{'nested':{'>'}{12}}")
print(f"{n=}, {x=:.1f}, {s=}")
print(f"{{braces}} {n}")
print(f"{[1, 2][0]} {dict(a=1)['a']} {'a' if n else 'b'}")
print(f"{True!s} {None!r} {3+4j}")
