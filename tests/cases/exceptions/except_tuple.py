def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except (ValueError, TypeError):
        return "value/type"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception:
        return "other"
for exc in [KeyError(), IndexError(), ValueError(), TypeError(), ZeroDivisionError(), OverflowError(), RuntimeError()]:
    print(classify(exc))
errs = (ValueError,)
try:
    int("x")
except errs as e:
    print("dynamic tuple", type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, e)
