class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args)
def check(x):
    assert x > 0, "must be positive"
    return x
try:
    check(-1)
except AssertionError as e:
    print("assert:", e)
try:
    raise
except RuntimeError as e:
    print(e)
def reraiser():
    try:
        raise KeyError("x")
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print("reraised", e)
e = None
try:
    raise IndexError("i")
except IndexError as err:
    e = err
print(type(e).__name__, str(e))
