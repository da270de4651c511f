# The attributes a plain module gets, and the __main__ module's.
import sys
sys.path.insert(0, sys.path[0] + "/ci_mods")
import ci_plain
print(ci_plain.NAME, repr(ci_plain.PKG), ci_plain.where())
print(ci_plain.__spec__.name, repr(ci_plain.__spec__.parent), ci_plain.__spec__.submodule_search_locations)
print(ci_plain.__spec__.origin == ci_plain.__file__, ci_plain.__spec__.has_location)
print(ci_plain.__file__.replace("\\", "/").rsplit("/", 1)[-1])
print(ci_plain.__loader__.name, type(ci_plain.__loader__).__name__)
print(sorted(k for k in vars(ci_plain) if k.startswith("__")))
print(repr(ci_plain).split(" from ")[0])
print(__name__, __spec__, __package__)
print(__file__.replace("\\", "/").rsplit("/", 1)[-1])
import __main__
print(__main__.__name__, __main__ is sys.modules["__main__"], __main__.__dict__ is globals())
print(sys.modules[__name__].ci_plain is ci_plain)
