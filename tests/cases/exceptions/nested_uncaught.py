def a():
    b()
def b():
    c()
def c():
    return [1, 2, 3][10]
try:
    a()
except IndexError:
    print("caught once")
a()
