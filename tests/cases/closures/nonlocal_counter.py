def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
inc2, get2 = counter()
inc2()
print(get(), get2())
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a *= 10
        inner()
        return a
    return mid(), a
print(outer())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
