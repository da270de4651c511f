print("ci_pkg.sub.leaf init:", __name__, __package__)
LEAF = "leaf"
from . import sibling
from .sibling import SIB
