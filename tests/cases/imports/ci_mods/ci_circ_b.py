print("b: start")
import ci_circ_a
SEEN = (ci_circ_a.X, hasattr(ci_circ_a, "Y"))
print("b: end")
