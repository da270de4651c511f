# A module whose body raises is not left in sys.modules; importing again runs it again.
import sys
sys.path.insert(0, sys.path[0] + "/ci_mods")
for i in range(2):
    try:
        import ci_fail
    except ValueError as e:
        print("caught:", e)
    print("ci_fail" in sys.modules)
try:
    import ci_badsyntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.replace("\\", "/").rsplit("/", 1)[-1])
    print(str(e))
print("ci_badsyntax" in sys.modules)
import ci_fail
