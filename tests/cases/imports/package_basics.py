# A regular package: __init__ runs once, attributes CPython sets on packages and submodules.
import sys
import ci_pkg
print(ci_pkg.VALUE, ci_pkg.__name__, ci_pkg.__package__)
print(ci_pkg.__file__.replace("\\", "/").rsplit("/", 2)[-2:])
print(type(ci_pkg.__path__).__name__, len(ci_pkg.__path__), ci_pkg.__path__[0].replace("\\", "/").rsplit("/", 1)[-1])
spec = ci_pkg.__spec__
print(type(spec).__name__, spec.name, spec.parent, spec.has_location)
print(spec.origin.replace("\\", "/").rsplit("/", 1)[-1])
print(spec.submodule_search_locations == ci_pkg.__path__)
print(spec.loader is ci_pkg.__loader__, type(ci_pkg.__loader__).__name__)
import ci_pkg
print("ci_pkg" in sys.modules, sys.modules["ci_pkg"] is ci_pkg)
import ci_pkg.mod_b
print(ci_pkg.mod_b.B, ci_pkg.mod_b.__package__, ci_pkg.mod_b.__spec__.parent)
print(hasattr(ci_pkg.mod_b, "__path__"), ci_pkg.mod_b.__spec__.submodule_search_locations)
print(ci_pkg.mod_b.__file__.replace("\\", "/").rsplit("/", 2)[-2:])
print(hasattr(ci_pkg, "mod_a"))
print(sorted(k for k in sys.modules if k.startswith("ci_pkg")))
print(ci_pkg.mod_b.__builtins__ is not None, "__builtins__" in vars(ci_pkg.mod_b))
