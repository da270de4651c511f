# The script runs as __main__; guard idiom; sys.argv and sys.path[0].
import sys
if __name__ == "__main__":
    print("running as main")
print(type(sys.argv).__name__, len(sys.argv) >= 1)
print(sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1])
print(type(sys.path).__name__, sys.path[0] == __file__.replace("\\", "/").rsplit("/", 1)[0].replace("/", "\\" if "\\" in sys.path[0] else "/"))
import __main__
print(__main__.__file__ == __file__)
def check():
    return __name__
print(check(), check.__module__)
class K:
    pass
print(K.__module__, repr(K).split("'")[1])
