"""Regular expressions.

Copperhead's `re` is frozen Python glue (flags, the error class, the compiled-pattern cache and
the module-level functions) over the native `_re` module, which holds the engine and the
Pattern and Match types (Rust, for speed).
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
    "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

Pattern = _re.Pattern
Match = _re.Match

# Flag members in the order their names are listed in a repr.
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flag constants: ints whose repr names them (re.IGNORECASE|re.MULTILINE)."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        neg = v < 0
        if neg:
            v = ~v
        parts = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        s = "|".join(parts)
        return "~(" + s + ")" if neg else s

    __str__ = __repr__

    def __format__(self, spec):
        if spec == "":
            return repr(self)
        return format(int(self), spec)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n, bit in _FLAG_ORDER if v & bit]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Raised for an invalid pattern or template; `msg`, `pattern`, `pos`, `lineno`, `colno`."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)



_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    p = _re.compile(pattern, flags, error)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, KeyError, RuntimeError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning, stacklevel=2)
    # A template pattern may not repeat (it matches without backtracking in CPython).
    src = pattern.pattern if isinstance(pattern, Pattern) else pattern
    if isinstance(src, bytes):
        src = src.decode("latin-1")
    escaped = in_class = False
    for i, c in enumerate(src):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "*+?{" and not (c == "?" and i > 0 and src[i - 1] == "("):
            lazy = src[i + 1:i + 2] == "?" and c != "?"
            op = "MIN_REPEAT" if lazy else "MAX_REPEAT"
            raise error("internal: unsupported template operator %s" % op)
    return _compile(pattern, flags | TEMPLATE)


class Scanner:
    """Splits a string into tokens: at each position the first lexicon pattern that matches
    there wins (as an alternation of them would); its action, when callable, is called with
    the scanner and the matched text."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._patterns = [_compile(phrase, flags) for phrase, action in lexicon]
        self.match = None

    def scan(self, string):
        result = []
        append = result.append
        i = 0
        while True:
            for (phrase, action), p in zip(self.lexicon, self._patterns):
                m = p.match(string, i)
                if m:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    out = []
    for b in bytes(pattern):
        if chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
