specs = ["", "f", ".0f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.1f", " .1f", "010.2f", ",.2f", "_.1f", "e", ".0e", "E", ".3e", "g", ".3g", "G", ".10g", "%", ".1%", "n", "#.0f", "#g", "#.3g", ".2", "10", "*>12.4f", "=+10.1f", "z.1f" if False else ".1f"]
for v in [0.0, -0.0, 1.5, -1.5, 3.14159265, 1e-7, 123456789.123, 1e22, 2.5, 0.125, float("inf"), float("-inf"), float("nan"), 1/3]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(f"<ValueError: {e}>")
    print(repr(v), row)
print([format(x, ".0f") for x in (0.5, 1.5, 2.5, 3.5, -0.5)])
print([format(x, ".1f") for x in (0.05, 0.15, 0.25, 0.35)])
print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35)])
print(format(1e300 * 10, "f"), format(-1e-320, "e"), format(5e-324, ".3g"))
