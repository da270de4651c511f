print("ci_pkg init:", __name__, __package__)
VALUE = 42
