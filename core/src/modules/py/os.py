"""`os` for a POSIX-like host (frozen Python over the native `_os`, which reaches the platform's
`Hooks::files` table). Paths are str; bytes paths are decoded as UTF-8. `os.path` is
`posixpath`. `os.environ` is filled from the host once, at first import; changing it does not
reach child processes (there are none)."""

import sys
import abc as _abc
import _os
from _collections_abc import MutableMapping as _MutableMapping

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
EX_OK = 0

error = OSError


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        f = t.__fspath__
    except AttributeError:
        if hasattr(t, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (t.__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


class PathLike(_abc.ABC):
    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for k in subclass.__mro__:
                if "__fspath__" in k.__dict__:
                    return k.__dict__["__fspath__"] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def _p(path):
    """A path argument as the str the host takes."""
    p = fspath(path)
    return p.decode("utf-8", "surrogateescape") if isinstance(p, bytes) else p


class stat_result(tuple):
    """The result of `stat`: a 10-tuple of ints with named fields; times also as floats."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3
    _names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
              "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, values):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)"
                            % len(values))
        self = tuple.__new__(cls, values[:10])
        # Fields 10-12 are the float times, 13-15 the nanoseconds (ints stand in when absent).
        rest = values[10:] + (None,) * 6
        self._extra = tuple(values[7 + i] if rest[i] is None else rest[i] for i in range(3)) + rest[3:6]
        return self

    st_mode = property(lambda s: s[0])
    st_ino = property(lambda s: s[1])
    st_dev = property(lambda s: s[2])
    st_nlink = property(lambda s: s[3])
    st_uid = property(lambda s: s[4])
    st_gid = property(lambda s: s[5])
    st_size = property(lambda s: s[6])
    st_atime = property(lambda s: s._extra[0])
    st_mtime = property(lambda s: s._extra[1])
    st_ctime = property(lambda s: s._extra[2])
    st_atime_ns = property(lambda s: s._extra[3])
    st_mtime_ns = property(lambda s: s._extra[4])
    st_ctime_ns = property(lambda s: s._extra[5])

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self),))


def _stat_result(t):
    mode, ino, dev, nlink, uid, gid, size, a, m, c = t
    return stat_result((mode, ino, dev, nlink, uid, gid, size, a // 10 ** 9, m // 10 ** 9,
                        c // 10 ** 9, a / 1e9, m / 1e9, c / 1e9, a, m, c))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_result(_os.stat(_p(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _stat_result(_os.stat(_p(path), False))


getcwd = _os.getcwd


def getcwdb():
    return _os.getcwd().encode("utf-8", "surrogateescape")


def chdir(path):
    _os.chdir(_p(path))


def listdir(*args, **kw):
    if len(args) > 1:
        raise TypeError("listdir() takes at most 1 argument (%d given)" % len(args))
    path = args[0] if args else kw.pop("path", None)
    if kw:
        raise TypeError("listdir() got an unexpected keyword argument '%s'" % next(iter(kw)))
    return _listdir(path)


def _listdir(path):
    if path is None:
        return _os.listdir(".")
    p = fspath(path)
    names = _os.listdir(_p(p))
    if isinstance(p, bytes):
        return [n.encode("utf-8", "surrogateescape") for n in names]
    return names


def remove(path, *, dir_fd=None):
    _os.remove(_p(path))


unlink = remove


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_p(path))


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_p(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_p(src), _p(dst))


replace = rename


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (curdir.encode() if isinstance(tail, bytes) else curdir):
            return
    try:
        mkdir(name, mode)
    except OSError:
        # Another creator or an existing directory: fine when asked, else the error stands.
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def is_dir(self, *, follow_symlinks=True):
        try:
            return _S_ISDIR(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return _S_ISREG(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except OSError:
            return False

    def is_symlink(self):
        try:
            return _S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, top):
        self._top = top
        self._it = iter(listdir(top))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._top, next(self._it))

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, files, subdirs = [], [], []
    for e in entries:
        if e.is_dir():
            dirs.append(e.name)
            if not topdown and (followlinks or not e.is_symlink()):
                subdirs.append(e.path)
        else:
            files.append(e.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            p = path.join(top, d)
            if followlinks or not path.islink(p):
                yield from walk(p, topdown, onerror, followlinks)
    else:
        for p in subdirs:
            yield from walk(p, topdown, onerror, followlinks)
        yield top, dirs, files


def _check_str(v):
    if not isinstance(v, str):
        raise TypeError("str expected, not %s" % type(v).__name__)
    return v


class _Environ(_MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key)] = _check_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % kv for kv in self._data.items())

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(_os.environ()))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


urandom = _os.urandom
getpid = _os.getpid


def cpu_count():
    return None


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


def strerror(code):
    return _STRERROR.get(code, "Unknown error %d" % code)


_STRERROR = {
    1: "Operation not permitted", 2: "No such file or directory", 3: "No such process",
    4: "Interrupted system call", 5: "Input/output error", 9: "Bad file descriptor",
    12: "Cannot allocate memory", 13: "Permission denied", 17: "File exists",
    20: "Not a directory", 21: "Is a directory", 22: "Invalid argument",
    28: "No space left on device", 39: "Directory not empty",
}

from stat import S_ISDIR as _S_ISDIR, S_ISREG as _S_ISREG, S_ISLNK as _S_ISLNK  # noqa: E402
import posixpath as path  # noqa: E402

sys.modules["os.path"] = path
