"""`stat`: the POSIX file type and permission bits and their tests (frozen Python: constants
and one-line predicates)."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

_S_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & _S_IFMT


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
               (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))


def filemode(mode):
    """`ls -l` style text of a mode: '-rw-r--r--'."""
    out = "?"
    for bits, ch in _TYPE_CHARS:
        if mode & _S_IFMT == bits:
            out = ch
            break
    for who, (r, w, x, special, s_set, s_unset) in enumerate((
            (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"),
            (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
            (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T"))):
        out += "r" if mode & r else "-"
        out += "w" if mode & w else "-"
        if mode & special:
            out += s_set if mode & x else s_unset
        else:
            out += "x" if mode & x else "-"
    return out
