name = "Ada"
n = 3
print(f"Hello {name}!")
print(f"{n + 1} {n * 2:>4} {name:<6}|")
print(f"{name!r} {name!s} {n:x} {255:#x} {0.5:%}")
print(f"{'nested'} {[1, 2][0]} {{braces}}")
width = 8
print(f"{name:>{width}}")
print(f"{3.14159:.{n}f}")
