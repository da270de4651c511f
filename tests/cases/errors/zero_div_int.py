def ratio(a, b):
    return a / b
print(ratio(6, 3))
print("about to fail")
ratio(1, 0)
print("never")
