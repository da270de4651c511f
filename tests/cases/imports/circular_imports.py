# Circular imports see the partial module; from-import of a missing name says so.
import sys
sys.path.insert(0, sys.path[0] + "/ci_mods")
import ci_circ_a
print(ci_circ_a.Y, ci_circ_a.ci_circ_b.SEEN)
try:
    import ci_circ_c
except ImportError as e:
    print(type(e).__name__)
    print(str(e).rsplit(" (", 1)[0])
    print(e.name, e.path.replace("\\", "/").rsplit("/", 1)[-1])
print("ci_circ_c" in sys.modules, "ci_circ_d" in sys.modules)
