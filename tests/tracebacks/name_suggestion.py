values = [1, 2]
lenght = 3
print(lenth)
