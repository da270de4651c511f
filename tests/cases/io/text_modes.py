import random as _random, time as _time
P = f"/tmp/copperhead_conf_io_text_modes_{_time.time_ns()}_{_random.getrandbits(32)}.txt"  # unique: several runs at once
f = open(P, "w")
print("hello", 42, file=f)
print("second", file=f, end="!\n")
f.close()
print(open(P).read(), end="")
open(P, "w").write("direct\n")
print(repr(open(P).read()))
with open(P, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(P, "w", encoding="utf-8") as f:
    f.write("ünï\ncödé ☃ 😀\n" * 3)
with open(P, encoding="utf-8") as f:
    print(f.readline(), end="")
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(pos, rest == f.read(), repr(f.read()))
with open(P, "rb") as f:
    raw = f.read()
print(len(raw), raw[:8], raw.decode("utf-8").count("\n"))
with open(P) as f:
    print([len(line) for line in f])
with open(P) as f:
    print(repr(f.read(3)), repr(f.readline(2)), repr(f.readline()))
big = "".join("line %d %s\n" % (i, "x" * (i % 50)) for i in range(3000))
with open(P, "w") as f:
    f.write(big)
with open(P) as f:
    lines = f.readlines()
print(len(lines), lines[2999], sum(len(l) for l in lines) == len(big))
with open(P) as f:
    n = 0
    for line in f:
        n += 1
print(n)
with open(P, "rb") as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(len(c))
print(len(chunks), chunks[-1], sum(chunks))
g = open(P, "w")
g.write("left open\n")
del g
print(repr(open(P).read()))
