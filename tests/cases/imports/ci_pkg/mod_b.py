print("ci_pkg.mod_b init:", __name__, __package__)
B = "b"
