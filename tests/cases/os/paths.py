import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.name, os.curdir, os.pardir, os.devnull)
for args in [("a", "b"), ("a/", "b"), ("a", "/b"), ("", "b"), ("a", ""), ("/", "a", "b/", "c"), ("a",), ("a", "b", "/c", "d"), ("a//", "b")]:
    print("join", args, os.path.join(*args))
for p in ["a/b/c", "a/b/", "/a", "/", "", "a", "//a//b", "///a", "a/b//c.txt", "/usr/lib/"]:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.isabs(p))
for p in ["f.txt", ".bashrc", "a/.b.c", "a.b/c", "..", "x.tar.gz", "a/b.", "...x", "noext", "a.b/.c"]:
    print(repr(p), os.path.splitext(p))
for p in ["", ".", "/", "//", "///", "a/./b", "a/../b", "../a", "a/b/../../..", "/../a", "/a/b/../c/./d/",
          "a//b", "//a/b", "///a/b", "./", "a/..", "../../x/../y"]:
    print("normpath", repr(p), repr(os.path.normpath(p)))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"),
      os.path.relpath("/x/y", "/a/b"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/lib2"]), os.path.commonprefix([]),
      os.path.commonprefix(["abc", "abd"]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]),
      os.path.commonpath(["/a"]))
for bad in [[], ["/a", "b"]]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(os.path.splitdrive("/a/b"), os.path.normcase("A/B"))
print(os.path.abspath("/a/b/../c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.exists("/definitely/not/here"),
      os.path.isdir("/definitely/not"), os.path.isfile("/"), os.path.isdir("/"), os.path.islink("/nope"))
print(os.path.join(b"a", b"b"), os.path.split(b"/x/y"), os.path.splitext(b"f.py"), os.path.normpath(b"a/../b"))
for args in [(1,), ("a", 1), ("a", b"b"), (None,)]:
    try:
        os.path.join(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    os.path.split(3)
except TypeError as e:
    print("TypeError", e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.fspath("s"), os.fspath(b"b"), os.fspath(P("x/y")), os.path.join(P("a"), P("b")),
      os.path.basename(P("q/r.txt")), isinstance(P("a"), os.PathLike), isinstance("a", os.PathLike),
      issubclass(P, os.PathLike))
for bad in [1, None, P(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
os.environ["HOME"] = "/home/tester"
print(os.path.expanduser("~"), os.path.expanduser("~/docs"), os.path.expanduser("x/~"),
      os.path.expanduser("~other/x") in ("~other/x", "/home/other/x"))
os.environ["CH_VAR"] = "val"
print(os.path.expandvars("$CH_VAR/x"), os.path.expandvars("${CH_VAR}y"), os.path.expandvars("$CH_NOPE_X/z"),
      os.path.expandvars("a$"), os.path.expandvars("no vars"))
