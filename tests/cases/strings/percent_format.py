print("%s and %r" % ("a", "b"))
print("%d|%5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%f|%.2f|%10.3f|%-10.1f|%e|%g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00001234))
print("%c%c" % (72, "i"), "%%", "%s" % [1, 2], "%s" % (1,))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.3s" % "abcdef", "%5s|%-5s|" % ("ab", "cd"))
print("%i %u" % (3, 4), "%d" % 3.99, "%s" % None)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
