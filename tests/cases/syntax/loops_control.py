for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print("pair", i, j)
    else:
        print("inner else never")
else:
    print("outer else")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("no else after break")
for x in []:
    print("never")
else:
    print("empty for else")
while False:
    pass
else:
    print("while false else")
def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx
print(find("abc", "b"), find("abc", "z"))
for i in range(3):
    try:
        if i == 1:
            continue
        print("try body", i)
    finally:
        print("finally", i)
total = 0
for i in range(100):
    if i > 10:
        break
    total += i
print(total)
it = iter(range(10))
for x in it:
    if x == 3:
        break
print(list(it))
for i, c in enumerate("ab"):
    for k in range(2):
        pass
print(i, c, k)
acc = []
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    acc.append(a + b + c)
print(acc)
d = {"x": 1, "y": 2}
for k in d:
    print(k, d[k])
for k, v in sorted(d.items(), reverse=True):
    print(k, v)
count = 0
while True:
    count += 1
    if count >= 5:
        break
print(count)
for _ in range(2):
    pass
print(_)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
print(lst)
