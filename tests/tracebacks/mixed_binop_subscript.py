def f(x):
    return x
items = [1, 2]
total = f(items[0]) + f(items[1]) * items[7]
