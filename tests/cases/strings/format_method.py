print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:08.3f} {:+.1e} {:,} {:_x}".format(3.14159, 12345.6, 10 ** 7, 2 ** 20))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {}".format("lit"))
print(format(255, "x"), format(3.5, ".0f"), format("s", ">3"), format(12), format(0.1, ".3"))
print("{:=+8d}|{:=8d}".format(5, -5))
print("{0:{1}}|".format("w", 6), "{:.{}f}".format(2.71828, 2))
print("{:c}".format(97), "{:%}".format(0.25), "{:n}".format(1234))
for f, a in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{:d}", ("s",)), ("{x}", ())]:
    try:
        print(f.format(*a))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
