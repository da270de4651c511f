print("ci_pkg.mod_a init:", __name__, __package__)
A = "a"
from . import mod_b
from .mod_b import B
