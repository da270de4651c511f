def handler():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging")
        raise
try:
    handler()
except ValueError as e:
    print("reraised", e)
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise err
except KeyError as e:
    print("raised saved", repr(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
