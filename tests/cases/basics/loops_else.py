for i in range(3):
    if i == 5:
        break
else:
    print("no break", i)
for i in range(10):
    if i == 2:
        break
else:
    print("unreached")
print("broke at", i)
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while done")
for i in []:
    pass
else:
    print("empty else")
for i, j in zip(range(3), "abc"):
    for k in range(3):
        if k == i:
            break
    else:
        continue
    print(i, j, k)
