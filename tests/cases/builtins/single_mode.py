import sys
exec(compile("1 + 1", "<s>", "single"))
exec(compile("None", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("x", "<s>", "single"))
import builtins
print(builtins._)
exec(compile("for i in range(2): i\n", "<s>", "single"))
exec(compile("if True:\n    [1, 2]\n    'second'\n", "<s>", "single"))
def hook(v):
    print("hook got", repr(v))
old = sys.displayhook
sys.displayhook = hook
exec(compile("3 * 3", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = old
exec(compile("'restored'", "<s>", "single"))
print(sys.__displayhook__ is old)
try:
    exec(compile("a = 1; b = 2\nc = 3\n", "<s>", "single"))
except SyntaxError as e:
    print("SyntaxError", e.msg)
exec(compile("a = 1; a + 1", "<s>", "single"))
