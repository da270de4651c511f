import random
# Long sequences for several seeds must equal CPython's exactly.
for seed in [0, 1, 42, 12345, 2**32, 2**32 - 1, 2**64 + 17, 10**50, -7, True, "", "hello",
             b"bytes", bytearray(b"ba"), "ünïcode", 3.75, -0.0]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(5)])
    print("  bits", [random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 64, 100, 200)])
    print("  ints", [random.randrange(1000) for _ in range(20)])
random.seed(7)
xs = [random.random() for _ in range(2000)]
print(sum(xs), min(xs), max(xs), xs[-1])
random.seed(99)
print([random.randint(-10, 10) for _ in range(60)])
r = random.Random(5)
print([r.getrandbits(32) for _ in range(700)][-5:])
print(random.Random("x", ).random(), random.Random(b"x").random())
r = random.Random()
r.seed("abc", version=1); print(r.random())
r.seed(b"abc", version=1); print(r.random())
r.seed("", version=1); print(r.random())
