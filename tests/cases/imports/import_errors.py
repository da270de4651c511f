# ImportError / ModuleNotFoundError messages and attributes.
import sys
def attempt(code):
    try:
        exec(code, {"__name__": "__main__"})
        print("ok:", code)
    except Exception as e:
        msg = str(e)
        if " (" in msg and msg.endswith(".py)"):
            msg = msg.rsplit(" (", 1)[0] + " (FILE)"
        print(type(e).__name__, "|", msg, "|", getattr(e, "name", "-"))
attempt("import ci_nowhere")
attempt("import ci_nowhere.sub")
attempt("import ci_pkg.nowhere")
attempt("import ci_pkg.mod_b.nowhere")
attempt("from ci_pkg import nowhere")
attempt("from ci_pkg.mod_b import nowhere")
attempt("from sys import nowhere")
attempt("import ci_pkg.VALUE")
attempt("from . import x")
attempt("from .x import y")
attempt("__import__('')")
attempt("__import__('ci_pkg', level=-1)")
attempt("__import__(5)")
attempt("__import__('ci_pkg', fromlist=[5])")
attempt("__import__('x', {}, None, [], 1)")
attempt("__import__('x', {'__package__': 5}, None, [], 1)")
print(issubclass(ModuleNotFoundError, ImportError))
e = ImportError("m", name="n", path="p")
print(e.msg, e.name, e.path, e.args)
try:
    import ci_nowhere
except ModuleNotFoundError as e:
    print(e.msg, e.name, e.path, e.args)
