"""`os.path` for POSIX paths (frozen Python: string glue). Windows paths (`ntpath`) are not
provided yet. File tests go through `os.stat`."""

import os
import stat as _stat

sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

__all__ = ["join", "split", "splitext", "basename", "dirname", "exists", "lexists", "isfile",
           "isdir", "islink", "isabs", "abspath", "normpath", "relpath", "realpath",
           "expanduser", "expandvars", "getsize", "getmtime", "getatime", "getctime",
           "commonprefix", "commonpath", "splitdrive", "normcase", "samefile", "sep"]


def _fs(name, p):
    try:
        return os.fspath(p)
    except TypeError:
        raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                        % (name, type(p).__name__)) from None


def _seps(p):
    return (b"/", b".", b"..") if isinstance(p, bytes) else ("/", ".", "..")


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    path = a
    s = _seps(a)[0]
    parts = [_fs("join", b) for b in p]
    for b in parts:
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    p = os.fspath(p)
    s = _seps(p)[0]
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    s, dot, _ = _seps(p)
    slash = p.rfind(s)
    d = p.rfind(dot)
    if d > slash:
        # Leading dots of the name do not start an extension ('.bashrc').
        start = slash + 1
        while start < d:
            if p[start:start + 1] != dot:
                return p[:d], p[d:]
            start += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = os.fspath(path)
    s, dot, dotdot = _seps(path)
    if not path:
        return dot
    initial = 0
    if path.startswith(s):
        initial = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    out = []
    for comp in path.split(s):
        if comp in (path[:0], dot):
            continue
        if comp != dotdot or (not initial and not out) or (out and out[-1] == dotdot):
            out.append(comp)
        elif out:
            out.pop()
    path = s.join(out)
    if initial:
        path = s * initial + path
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(path, *, strict=False):
    # Symbolic links are not resolved yet: the host table has no readlink.
    return abspath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    s, dot, dotdot = _seps(path)
    start = dot if start is None else os.fspath(start)
    a = [x for x in abspath(start).split(s) if x]
    b = [x for x in abspath(path).split(s) if x]
    i = len(commonprefix([a, b]))
    rel = [dotdot] * (len(a) - i) + b[i:]
    if not rel:
        return dot
    return join(*rel)


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    s, dot, _ = _seps(paths[0])
    absolute = {p[:1] == s for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(s) if c and c != dot] for p in paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    prefix = s if paths[0][:1] == s else s[:0]
    return prefix + s.join(common)


def expanduser(path):
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    s = _seps(path)[0]
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i != 1 or "HOME" not in os.environ:
        # Other users' homes need the password database, which the host does not offer.
        return path
    home = os.environ["HOME"]
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(s)
    return (home + path[i:]) or s


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes) or "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path.startswith("{", i + 1):
            j = path.find("}", i + 2)
            name = path[i + 2:j] if j > 0 else ""
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        return _stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def isdir(s):
    try:
        return _stat.S_ISDIR(os.stat(s).st_mode)
    except (OSError, ValueError):
        return False


def islink(path):
    try:
        return _stat.S_ISLNK(os.lstat(path).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def ismount(path):
    return abspath(path) == "/"


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    a, b = os.stat(f1), os.stat(f2)
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
