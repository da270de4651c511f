# sys.excepthook, displayhook and breakpointhook can be replaced; breakpoint() calls the hook.
import sys

print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.breakpointhook is sys.__breakpointhook__, callable(sys.excepthook))

calls = []
def my_breakpoint(*args, **kw):
    calls.append((args, kw))
    return "hooked"
sys.breakpointhook = my_breakpoint
print(breakpoint())
print(breakpoint(1, 2, key="v"))
print(calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = sys.__breakpointhook__

import builtins
sys.displayhook(None)
sys.displayhook([1, "two"])
print(builtins._)
shown = []
sys.displayhook = shown.append
sys.displayhook(5)
print(shown)
sys.displayhook = sys.__displayhook__

def hook(t, v, tb):
    print("custom hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
raise ValueError("reported by the custom hook")
