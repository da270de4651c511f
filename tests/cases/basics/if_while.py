n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print(n)
else:
    print("no break")
i = 0
while i < 3:
    i += 1
else:
    print("done", i)
x = 5
if x < 3:
    print("small")
elif x < 10:
    print("medium")
else:
    print("large")
print("yes" if x else "no")
print(1 < x < 10, 1 < x > 10)
