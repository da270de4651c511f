try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
try:
    raise KeyError("k")
except LookupError as e:
    print(repr(e), str(e))
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, Exception))
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
try:
    int("q")
except ValueError as err:
    print(err)
