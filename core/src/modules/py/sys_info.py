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


def _struct(qual, fields):
    ns = {"__slots__": (), "_fields": tuple(fields), "_qual": qual, "__module__": "sys",
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
