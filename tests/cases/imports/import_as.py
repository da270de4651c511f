# `import a.b as c` binds the submodule itself; `from a import b as c`.
import ci_pkg.sub.leaf as leaf
print(leaf.__name__, leaf.LEAF)
print("ci_pkg" in globals(), "leaf" in globals())
from ci_pkg.sub import leaf as l2, sibling as sib
print(l2 is leaf, sib.SIB)
from ci_pkg import VALUE as V, mod_b as mb
print(V, mb.B)
import ci_pkg.mod_a as ma, ci_pkg.mod_b
print(ma.A, ci_pkg.mod_b.B)
def f():
    import ci_pkg.sub as s
    from ci_pkg.sub.leaf import LEAF as L
    return s.__name__, L
print(f())
