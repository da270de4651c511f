# import a.b.c binds the top package; parents get their submodules as attributes.
import ci_pkg.sub.leaf
print(ci_pkg.__name__)
print(ci_pkg.sub.__name__, ci_pkg.sub.leaf.__name__)
print(ci_pkg.sub.leaf.LEAF, ci_pkg.sub.LEAF, ci_pkg.sub.PARENT_VALUE, ci_pkg.sub.A)
print(ci_pkg.sub.leaf.sibling.SIB, ci_pkg.sub.leaf.SIB)
print(ci_pkg.sub.sibling is ci_pkg.sub.leaf.sibling)
print(ci_pkg.mod_a.mod_b.B, ci_pkg.mod_a.B)
import ci_pkg.sub.deep.bottom as bottom
print(bottom.__name__, bottom.VALUE, bottom.LEAF, bottom.SIB, bottom.DEEP_NAME)
print(bottom.BEYOND)
print(ci_pkg.sub.deep.bottom is bottom)
from ci_pkg.sub import deep
print(deep.__name__, deep.__package__)
