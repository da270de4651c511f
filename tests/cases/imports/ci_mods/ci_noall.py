import sys as _sys
public_a = 1
public_b = "two"
_private = 3
__dunder = 4
def func():
    return "func"
class Klass:
    pass
