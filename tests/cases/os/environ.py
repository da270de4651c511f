import os

e = os.environ
print(type(e).__name__, isinstance(len(e), int), "PATH" in e or True)
e["CH_TEST_A"] = "1"
print(e["CH_TEST_A"], os.getenv("CH_TEST_A"), os.getenv("CH_TEST_NOPE"), os.getenv("CH_TEST_NOPE", "dflt"))
print("CH_TEST_A" in e, e.get("CH_TEST_A"), e.get("CH_TEST_NOPE", 5))
e.setdefault("CH_TEST_B", "two")
e.setdefault("CH_TEST_B", "three")
print(e["CH_TEST_B"])
del e["CH_TEST_B"]
print("CH_TEST_B" in e, e.pop("CH_TEST_A"), "CH_TEST_A" in e)
for op in [lambda: e["CH_TEST_NOPE"], lambda: e.__delitem__("CH_TEST_NOPE")]:
    try:
        op()
    except KeyError as ex:
        print("KeyError", ex)
for op in [lambda: e.__setitem__("K", 1), lambda: e.__setitem__(1, "v"), lambda: e[1]]:
    try:
        op()
    except TypeError as ex:
        print("TypeError", ex)
e.update({"CH_U1": "a", "CH_U2": "b"})
print(sorted(k for k in e if k.startswith("CH_U")), type(e.copy()).__name__)
d = e | {"CH_U3": "c"}
print(type(d).__name__, d["CH_U3"], "CH_U3" in e)
e |= {"CH_U4": "d"}
print(e["CH_U4"])
print(sorted(k for k in dict(e) if k.startswith("CH_U")))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as ex:
    print("ValueError", ex)
print(isinstance(os.getpid(), int), os.getpid() > 0, os.getpid() == os.getpid())
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.strerror(2), os.strerror(17))
print(os.fsencode("ab"), os.fsdecode(b"cd"))
st = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(st, st.st_mode, st.st_size, st.st_mtime, tuple(st))
try:
    os.stat_result((1, 2))
except TypeError as ex:
    print("TypeError", ex)
import stat
print(stat.S_ISDIR(stat.S_IFDIR | 0o755), stat.S_ISREG(stat.S_IFREG), stat.S_ISLNK(stat.S_IFLNK), stat.S_IFMT(0o100644) == stat.S_IFREG)
print(stat.ST_SIZE, stat.S_IRUSR | stat.S_IWUSR, stat.S_IRWXU, stat.filemode(0o060660), stat.filemode(0o010600))
