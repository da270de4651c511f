# Shortest repr where two 17-digit candidates are equally close: CPython rounds half to even.
import random
import struct

powers = [repr(2.0 ** -k) for k in range(1, 1075)] + [repr(2.0 ** k) for k in range(1024)]
for i in range(0, len(powers), 40):
    print(" ".join(powers[i:i + 40]))
random.seed(1234)
rnd = []
while len(rnd) < 3000:
    x = struct.unpack("<d", random.getrandbits(64).to_bytes(8, "little"))[0]
    if x == x and abs(x) != float("inf"):
        rnd.append(x)
bad = [x for x in rnd if float(repr(x)) != x]
print(len(rnd), bad)
for i in range(0, 3000, 50):
    print(" ".join(repr(x) for x in rnd[i:i + 50]))
