x = 2.5
print(x // 1.0)
print(x % 0.0)
