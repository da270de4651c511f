print("ci_pkg.sub init:", __name__, __package__)
from .. import VALUE as PARENT_VALUE
from ..mod_a import A
from .leaf import LEAF
