# A directory without __init__.py is a namespace package.
import ci_ns.inner.nsmod
print(ci_ns.inner.nsmod.NS)
print(ci_ns.__name__, ci_ns.__file__, ci_ns.__spec__.origin)
print(type(ci_ns.__path__).__name__ in ("list", "_NamespacePath"), len(list(ci_ns.__path__)))
print(list(ci_ns.__path__)[0].replace("\\", "/").rsplit("/", 1)[-1])
from ci_ns.inner import nsmod
print(nsmod is ci_ns.inner.nsmod, ci_ns.inner.__package__)
