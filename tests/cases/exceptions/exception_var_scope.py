try:
    raise ValueError("v")
except ValueError as e:
    saved = e
try:
    e
except NameError as err:
    print(type(err).__name__, err)
print(repr(saved))
def f():
    e = "local"
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}"
print(f())
import sys
try:
    raise TypeError("t")
except TypeError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
