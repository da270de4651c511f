specs = ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "10.3", "-<6", "0>5", "=>5", "^", "^1"]
for v in ["", "a", "hello", "héllo wörld", "tab\there"]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(f"<ValueError: {e}>")
    print(repr(v), row)
for bad in ["d", "x", "+", " ", "#", ",", "=10", "010", "z"]:
    try:
        print(bad, format("abc", bad))
    except ValueError as e:
        print(bad, "ValueError", e)
print("{:>{w}}|{:<{w}}|{:^{w}.{p}}".format("r", "l", "center", w=8, p=3))
print("%-10s|%10s|%.2s|%c|%5c" % ("left", "right", "trunc", "x", "y"))
print("%r %a %s" % ("q'uote", "ünï", b"b"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%5.1f%%" % 99.44, "%+d %+d" % (5, -5), "%x %X %o %#o %#x" % (255, 255, 8, 8, 255))
print("%e %E %g %G" % (12345.6789, 0.000012345, 1e-5, 1e20))
print("%i %u" % (7, 8), "%3d|%-3d|%03d" % (5, 5, 5))
