def inner():
    return {}["key"]
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("converted") from e
outer()
