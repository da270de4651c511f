n = 20
for i in range(n):
    s = ""
    if not i % 3:
        s += "fizz"
    if not i % 5:
        s += "buzz"
    print(s or i)
