def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__context__
    return " <- ".join(out)
try:
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise KeyError("second")
    except KeyError:
        raise IndexError("third")
except IndexError as e:
    print(chain(e))
try:
    try:
        raise ValueError("a")
    finally:
        print("cleanup")
except ValueError as e:
    print(chain(e))
try:
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(chain(e))
e1 = None
try:
    raise ValueError("x")
except ValueError as e:
    e1 = e
print(chain(e1))
try:
    e1
    print(e)
except NameError as err:
    print(type(err).__name__, err)
