import os, stat
import random as _random, time as _time

base = f"/tmp/copperhead_conf_os_files_{_time.time_ns()}_{_random.getrandbits(32)}"  # unique
os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base), os.listdir(base))
p = os.path.join(base, "a.txt")
with open(p, "w") as f:
    f.write("hello\n")
st = os.stat(p)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[6], len(st), type(st).__name__)
print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10 ** 9 == st[8])
print(os.path.getsize(p), os.path.isfile(p), stat.S_ISDIR(os.stat(base).st_mode), stat.S_IMODE(0o100644))
print(stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o104755), stat.filemode(0o120777))
os.mkdir(os.path.join(base, "sub"))
os.makedirs(os.path.join(base, "x", "y", "z"))
os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
print(sorted(os.listdir(base)))
os.rename(p, os.path.join(base, "b.txt"))
print(sorted(os.listdir(base)), os.path.exists(p))
os.replace(os.path.join(base, "b.txt"), os.path.join(base, "c.txt"))
print(sorted(os.listdir(base)))


def show(fn, *args):
    try:
        fn(*args)
        print("ok")
    except OSError as e:
        fixed = [a.replace(base, "BASE") if isinstance(a, str) else a for a in (e.filename, e.filename2)]
        print(type(e).__name__, e.errno, e.strerror, fixed, isinstance(e, OSError))


show(os.mkdir, base)
show(os.makedirs, os.path.join(base, "x", "y"))
show(os.remove, os.path.join(base, "nope"))
show(os.unlink, os.path.join(base, "nope"))
show(os.rmdir, os.path.join(base, "x"))
show(os.rmdir, os.path.join(base, "nope"))
show(os.listdir, os.path.join(base, "nope"))
show(os.listdir, os.path.join(base, "c.txt"))
show(os.stat, os.path.join(base, "nope"))
show(os.rename, os.path.join(base, "nope"), os.path.join(base, "other"))
show(os.remove, os.path.join(base, "sub"))
show(os.mkdir, os.path.join(base, "nope", "deeper"))
show(os.chdir, os.path.join(base, "nope"))
for e in [FileNotFoundError, FileExistsError, IsADirectoryError, NotADirectoryError]:
    print(e.__name__, issubclass(e, OSError), os.error is OSError)
walked = []
for top, dirs, files in os.walk(base):
    dirs.sort()
    walked.append((os.path.relpath(top, base), sorted(dirs), sorted(files)))
print(walked)
walked = [(os.path.relpath(t, base), sorted(d), sorted(f)) for t, d, f in os.walk(base, topdown=False)]
print(sorted(walked))
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print(os.path.relpath(entries[0].path, base), os.fspath(entries[0]) == entries[0].path)
cwd = os.getcwd()
os.chdir(base)
print(os.path.samefile(os.getcwd(), base), sorted(os.listdir()), os.path.isfile("c.txt"))
print(os.path.abspath("c.txt") == os.path.join(os.getcwd(), "c.txt"))
os.chdir(cwd)
print(os.getcwd() == cwd)
os.remove(os.path.join(base, "c.txt"))
os.removedirs(os.path.join(base, "x", "y", "z"))
print(sorted(os.listdir(base)))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(os.path.exists(base), os.path.isdir(base))
