def f():
    raise ExceptionGroup("inner", [KeyError('k'), ValueError(2)])
try:
    f()
except Exception as e:
    raise ExceptionGroup("msg", [ValueError(1), TypeError(2), e]) from None
