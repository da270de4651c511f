for i in range(3):
    print(i)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for ch in "hey":
    print(ch * 2)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for i, x in enumerate(["x", "y"]):
    print(i, x)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
for i in range(5):
    if i == 3:
        break
else:
    print("not here")
for i in []:
    pass
else:
    print("empty else")
