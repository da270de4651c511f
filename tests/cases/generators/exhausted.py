def g():
    yield 1
it = g()
print(next(it))
print(next(it, "default"))
next(it)
