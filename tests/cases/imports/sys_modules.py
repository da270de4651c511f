# sys.modules is the cache: deleting an entry re-imports, any object can stand in.
import sys
sys.path.insert(0, sys.path[0] + "/ci_mods")
import ci_counter
import ci_counter
del sys.modules["ci_counter"]
import ci_counter as again
print(again is ci_counter, again.runs)
class Fake:
    answer = 42
sys.modules["ci_fake"] = Fake()
import ci_fake
print(type(ci_fake).__name__, ci_fake.answer)
from ci_fake import answer
print(answer)
sys.modules["ci_blocked"] = None
try:
    import ci_blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
import ci_selfreplace
print(type(ci_selfreplace).__name__, ci_selfreplace.tag)
print(isinstance(sys.modules, dict), "sys" in sys.modules, "builtins" in sys.modules)
import builtins
print(sys.modules["builtins"] is builtins)
