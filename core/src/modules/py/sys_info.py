# Copperhead's structured `sys` values (version_info, flags, float_info, ...), made on first
# use by `sys.__getattr__`. Frozen Python: these are read rarely and are mostly glue.


class _StructSeq(tuple):
    """A tuple whose items are also named attributes, like CPython's struct sequences."""

    __slots__ = ()
    _fields = ()
    n_fields = 0
    n_sequence_fields = 0
    n_unnamed_fields = 0

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != len(cls._fields):
            raise TypeError(f"{cls._qual} takes a {len(cls._fields)}-sequence "
                            f"({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    def __repr__(self):
        items = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self))
        return f"{self._qual}({items})"

    def __reduce__(self):
        return (type(self), (tuple(self),))


def _struct(qual, fields, module="sys"):
    ns = {"__slots__": (), "_fields": tuple(fields), "_qual": qual, "__module__": module,
          "n_fields": len(fields), "n_sequence_fields": len(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(qual.rpartition(".")[2], (_StructSeq,), ns)


class _Namespace:
    """What `types.SimpleNamespace` prints like (for `sys.implementation`)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        return isinstance(other, _Namespace) and self.__dict__ == other.__dict__


version_info = _struct("sys.version_info",
                       ["major", "minor", "micro", "releaselevel", "serial"])((3, 11, 0, "final", 0))

implementation = _Namespace(name="copperhead", cache_tag=None, version=version_info,
                            hexversion=0x030B00F0)

flags = _struct("sys.flags", [
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits",
])((0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1))

float_info = _struct("sys.float_info", [
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
    "epsilon", "radix", "rounds",
])((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
    2.220446049250313e-16, 2, 1))

int_info = _struct("sys.int_info", [
    "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold",
])((30, 4, 4300, 640))

hash_info = _struct("sys.hash_info", [
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff",
])((64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))

thread_info = _struct("sys.thread_info", ["name", "lock", "version"])((None, None, None))

# What `sys.unraisablehook` receives (CPython's type says it lives in builtins).
UnraisableHookArgs = _struct("UnraisableHookArgs",
                             ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
                             module="builtins")

# CPython 3.11's standard module names, plus the native halves of ours.
stdlib_module_names = frozenset([
    '__future__', '_abc', '_aix_support', '_ast', '_asyncio', '_bisect', '_blake2',
    '_bootsubprocess', '_bz2', '_codecs', '_codecs_cn', '_codecs_hk', '_codecs_iso2022',
    '_codecs_jp', '_codecs_kr', '_codecs_tw', '_collections', '_collections_abc',
    '_compat_pickle', '_compression', '_contextvars', '_crypt', '_csv', '_ctypes', '_curses',
    '_curses_panel', '_datetime', '_dbm', '_decimal', '_elementtree', '_frozen_importlib',
    '_frozen_importlib_external', '_functools', '_gdbm', '_hashlib', '_heapq', '_imp', '_io',
    '_json', '_locale', '_lsprof', '_lzma', '_markupbase', '_md5', '_msi', '_multibytecodec',
    '_multiprocessing', '_opcode', '_operator', '_osx_support', '_overlapped', '_pickle',
    '_posixshmem', '_posixsubprocess', '_py_abc', '_pydecimal', '_pyio', '_queue', '_random',
    '_scproxy', '_sha1', '_sha256', '_sha3', '_sha512', '_signal', '_sitebuiltins', '_socket',
    '_sqlite3', '_sre', '_ssl', '_stat', '_statistics', '_string', '_strptime', '_struct',
    '_symtable', '_thread', '_threading_local', '_tkinter', '_tokenize', '_tracemalloc',
    '_typing', '_uuid', '_warnings', '_weakref', '_weakrefset', '_winapi', '_zoneinfo', 'abc',
    'aifc', 'antigravity', 'argparse', 'array', 'ast', 'asynchat', 'asyncio', 'asyncore',
    'atexit', 'audioop', 'base64', 'bdb', 'binascii', 'bisect', 'builtins', 'bz2', 'cProfile',
    'calendar', 'cgi', 'cgitb', 'chunk', 'cmath', 'cmd', 'code', 'codecs', 'codeop',
    'collections', 'colorsys', 'compileall', 'concurrent', 'configparser', 'contextlib',
    'contextvars', 'copy', 'copyreg', 'crypt', 'csv', 'ctypes', 'curses', 'dataclasses',
    'datetime', 'dbm', 'decimal', 'difflib', 'dis', 'distutils', 'doctest', 'email',
    'encodings', 'ensurepip', 'enum', 'errno', 'faulthandler', 'fcntl', 'filecmp', 'fileinput',
    'fnmatch', 'fractions', 'ftplib', 'functools', 'gc', 'genericpath', 'getopt', 'getpass',
    'gettext', 'glob', 'graphlib', 'grp', 'gzip', 'hashlib', 'heapq', 'hmac', 'html', 'http',
    'idlelib', 'imaplib', 'imghdr', 'imp', 'importlib', 'inspect', 'io', 'ipaddress',
    'itertools', 'json', 'keyword', 'lib2to3', 'linecache', 'locale', 'logging', 'lzma',
    'mailbox', 'mailcap', 'marshal', 'math', 'mimetypes', 'mmap', 'modulefinder', 'msilib',
    'msvcrt', 'multiprocessing', 'netrc', 'nis', 'nntplib', 'nt', 'ntpath', 'nturl2path',
    'numbers', 'opcode', 'operator', 'optparse', 'os', 'ossaudiodev', 'pathlib', 'pdb',
    'pickle', 'pickletools', 'pipes', 'pkgutil', 'platform', 'plistlib', 'poplib', 'posix',
    'posixpath', 'pprint', 'profile', 'pstats', 'pty', 'pwd', 'py_compile', 'pyclbr', 'pydoc',
    'pydoc_data', 'pyexpat', 'queue', 'quopri', 'random', 're', 'readline', 'reprlib',
    'resource', 'rlcompleter', 'runpy', 'sched', 'secrets', 'select', 'selectors', 'shelve',
    'shlex', 'shutil', 'signal', 'site', 'smtpd', 'smtplib', 'sndhdr', 'socket', 'socketserver',
    'spwd', 'sqlite3', 'sre_compile', 'sre_constants', 'sre_parse', 'ssl', 'stat', 'statistics',
    'string', 'stringprep', 'struct', 'subprocess', 'sunau', 'symtable', 'sys', 'sysconfig',
    'syslog', 'tabnanny', 'tarfile', 'telnetlib', 'tempfile', 'termios', 'textwrap', 'this',
    'threading', 'time', 'timeit', 'tkinter', 'token', 'tokenize', 'tomllib', 'trace',
    'traceback', 'tracemalloc', 'tty', 'turtle', 'turtledemo', 'types', 'typing', 'unicodedata',
    'unittest', 'urllib', 'uu', 'uuid', 'venv', 'warnings', 'wave', 'weakref', 'webbrowser',
    'winreg', 'winsound', 'wsgiref', 'xdrlib', 'xml', 'xmlrpc', 'zipapp', 'zipfile',
    'zipimport', 'zlib', 'zoneinfo',
    '_linecache', '_os', '_re', '_time',
])

# The GIL switch interval: kept and reported, though nothing here switches threads.
_switch_interval = 0.005


def getswitchinterval(*args):
    if args:
        raise TypeError("sys.getswitchinterval() takes no arguments (%d given)" % len(args))
    return _switch_interval


def setswitchinterval(*args):
    global _switch_interval
    if len(args) != 1:
        raise TypeError("sys.setswitchinterval() takes exactly one argument (%d given)"
                        % len(args))
    value = args[0]
    if not isinstance(value, float):
        if not hasattr(type(value), "__float__") and not hasattr(type(value), "__index__"):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        value = float(value)
    if not value > 0.0:
        raise ValueError("switch interval must be strictly positive")
    _switch_interval = value


def call_tracing(*args):
    if len(args) != 2:
        raise TypeError("call_tracing expected 2 arguments, got %d" % len(args))
    func, fargs = args
    if not isinstance(fargs, tuple):
        raise TypeError("call_tracing() argument 2 must be tuple, not %s" % type(fargs).__name__)
    return func(*fargs)


for _f in (getswitchinterval, setswitchinterval, call_tracing):
    _f.__module__ = "sys"
del _f
