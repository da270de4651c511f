import io
import random as _random, time as _time
P = f"/tmp/copperhead_conf_io_errors_{_time.time_ns()}_{_random.getrandbits(32)}.txt"  # unique: several runs at once
with open(P, "w") as f:
    f.write("data\n")
def show(*a, **k):
    try:
        f = open(*a, **k)
        print("opened", type(f).__name__)
        f.close()
    except Exception as e:
        print(type(e).__name__, str(e).replace(P, "<P>"))
        if isinstance(e, OSError):
            name = "<P>" if e.filename == P else e.filename
            print("  errno", e.errno, "strerror", e.strerror, "filename", name)
show("/nonexistent/dir/x.txt")
show("/nonexistent_copperhead_file")
show("/tmp", "r")
show(P, "q")
show(P, "rw")
show(P, "rb", encoding="utf-8")
show(P, "wb", newline="")
show(P, "rbt")
show(P, "rr")
show(5.5)
show(P, "x")
show(P, 5)
show(P, "t")
show(P, "+")
show(P, "w", buffering=0)
try:
    open("/nonexistent_copperhead_file")
except FileNotFoundError as e:
    print(isinstance(e, OSError), e.args)
with open(P) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(P, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
    try:
        f.write(b"x")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1, 1)
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
with open(P, "rb") as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
print(open is io.open, open.__name__ if hasattr(open, "__name__") else "")
