data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
while (x := data.pop()) != 1:
    print("popped", x)
print(data)
ys = [y for v in range(6) if (y := v * v) % 2 == 0]
print(ys, y)
def f(k):
    return (r := k + 1) * r
print(f(3))
total = 0
vals = iter([5, 6, 0, 7])
while (v := next(vals)):
    total += v
print(total)
print([(a := i) + a for i in range(3)])
