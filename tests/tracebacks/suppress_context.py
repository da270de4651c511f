try:
    raise TypeError("first")
except TypeError:
    try:
        raise ValueError("second")
    except ValueError as e:
        raise KeyError("third") from None
