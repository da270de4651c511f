def compute():
    return valeu * 2
valu = 3
print(valu)
compute()
