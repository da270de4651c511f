# Imports bind local names in functions and class bodies; `global` makes them module names.
def f():
    import ci_pkg.mod_b
    from ci_pkg.sub import leaf
    return ci_pkg.__name__, leaf.LEAF, "ci_pkg" in globals()
print(f())
class C:
    import ci_pkg.sub.sibling as sib
    from ci_pkg import VALUE
print(C.sib.SIB, C.VALUE)
def g():
    global ci_pkg
    import ci_pkg
g()
print(ci_pkg.VALUE)
