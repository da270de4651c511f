# sys.version_info / implementation / hexversion / flags: types, fields and comparisons.
import sys

v = sys.version_info
print(type(v).__name__, len(v), v[:2], v.major, v.minor, v.releaselevel, v.serial)
print(v >= (3, 11), v < (4,), v > (3, 10, 99), v == tuple(v), isinstance(v, tuple))
print(v[0] == v.major, v[-1] == v.serial, list(v[:2]))
major, minor, *rest = v
print(major, minor, len(rest))
print(sys.hexversion >> 24, (sys.hexversion >> 16) & 0xff, hex(sys.hexversion)[:5])
print(type(sys.implementation.name).__name__, hasattr(sys.implementation, "cache_tag"))
print(sys.implementation.version[:2] == sys.version_info[:2])
print(sys.version.startswith("3.11"), type(sys.version).__name__)
f = sys.flags
print(type(f).__name__, f.optimize, f.verbose, f.debug, f.inspect, isinstance(f, tuple))
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info.mant_dig, sys.float_info.dig)
print(sys.float_info.epsilon == 2.0 ** -52, sys.float_info.radix)
print(sys.int_info.bits_per_digit > 0, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode == 0x10FFFF, sys.byteorder in ("little", "big"))
print(sys.platform == "linux", type(sys.executable).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
