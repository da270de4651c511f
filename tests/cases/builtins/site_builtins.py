# The names site adds to builtins: exit/quit, help, copyright/credits/license.
import builtins

for name in ["exit", "quit", "help", "copyright", "credits", "license"]:
    obj = getattr(builtins, name)
    print(name, type(obj).__module__, type(obj).__name__, callable(obj))

print(repr(exit))
print(repr(quit))
print(str(exit))
print(repr(license))
print(repr(help))

def f(a, b=1, *args, c, **kw):
    """Do things.

    More lines here.
    """


def g():
    pass


def h(x: int, y: str = "s") -> bool:
    "One line."


class C:
    '''A class.'''

    def m(self, x):
        'Method doc.'

    def n(self):
        pass

    y = 1


help(f)
help(g)
help(h)
help(C.m)
help(C().m)
help(C)
help(lambda x, *y: x)
help("nonexistent_zzz_module")

for call in [lambda: exit(), lambda: exit(3), lambda: quit("bye"), lambda: exit(None),
             lambda: quit(0)]:
    try:
        call()
    except SystemExit as e:
        print("SystemExit", repr(e.code), e.args)

