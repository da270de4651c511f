n = 5
print(n + 1)
n[0]
