items = {"apple": 1.5, "kiwi": 0.25, "banana": 12}
for name, price in items.items():
    print(f"{name:<10}{price:>8.2f}")
width = 12
print(f"{'centered':^{width}}|")
print(f"{'-' * 5}{len(items)}{'-' * 5}")
vals = [1, 22, 333]
print(f"{', '.join(f'{v:04d}' for v in vals)}")
x = 7
print(f"{x} squared is {x ** 2}, {x!r:>4}, {str(x)!r}")
print(f"{3.0:g} {3.10:g} {1e-10:g} {123456789.0:g}")
print(f"{-0.0} {float('inf'):>6} {float('nan'):^7}|")
print(f"{12345.6789:_.2f} {0.000123:.2e} {-1:05}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P():abc}", format(P(), ""), "{:xyz}".format(P()))
print(F"upper {x}", rf"raw\n{x}")
