names = ["a", "b"]
print(len(names))
names()
