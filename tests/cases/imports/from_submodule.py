# `from pkg import name` imports the submodule when the package has no such attribute.
import sys
import ci_pkg
print(hasattr(ci_pkg, "mod_b"))
from ci_pkg import mod_b
print(mod_b.B, hasattr(ci_pkg, "mod_b"), "ci_pkg.mod_b" in sys.modules)
from ci_pkg.sub import leaf, sibling
print(leaf.LEAF, sibling.SIB)
from ci_lazy import computed
print(computed)
try:
    from ci_lazy import missing
except ImportError as e:
    print(type(e).__name__, str(e).rsplit(" (", 1)[0])
del ci_pkg.mod_b
from ci_pkg import mod_b as again
print(again is mod_b)
