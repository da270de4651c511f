import io
import random as _random, time as _time
P = f"/tmp/copperhead_conf_io_files_{_time.time_ns()}_{_random.getrandbits(32)}.txt"  # unique: several runs at once
with open(P, "w") as f:
    print(type(f).__name__, f.name == P, f.mode, f.encoding, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("second\n"), f.write("ünïcode ☃\n"))
    f.writelines(["a\n", "b\n"])
print(f.closed)
with open(P) as f:
    print(repr(f.read()))
with open(P) as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(P) as f:
    print([line.rstrip("\n") for line in f])
with open(P, "r", encoding="utf-8") as f:
    print(repr(f.read(5)), repr(f.read(6)), f.tell(), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(3)), f.seek(0, 2) > 0)
with open(P, "a") as f:
    f.write("appended\n")
with open(P, "rb") as f:
    data = f.read()
    print(type(f).__name__, f.mode, data[:12], len(data))
with open(P, "rb") as f:
    print(f.read(5), f.tell(), f.readline(), f.seek(2), f.read(3), f.seek(-4, 2), f.read())
    print(f.seek(0), f.readlines()[-1])
with open(P, "wb") as f:
    print(type(f).__name__, f.write(b"\x00\x01binary\r\n"), f.tell())
with open(P, "rb") as f:
    print(f.read())
with open(P, "r") as f:
    print(repr(f.read()))
with open(P, "r", newline="") as f:
    print(repr(f.read()))
with open(P, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, "r+") as f:
    print(repr(f.read(1)))
    f.seek(0)
    f.write("Z")
    f.seek(0)
    print(repr(f.read()))
with open(P, "w+b") as f:
    f.write(b"abcdef")
    f.seek(0)
    print(f.read(2), f.truncate(4), f.seek(0), f.read())
f = open(P, "rb", buffering=0)
print(type(f).__name__, f.read(3)); f.close()
f = open(P)
f.close()
for name in ["read", "readline", "tell"]:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(type(e).__name__, e)
