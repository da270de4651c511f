if (n := 10) > 5:
    print("n", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
while (chunk := data[:2]):
    data = data[2:]
    print(chunk)
def f():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(f())
print((a := 1, b := a + 1), a, b)
if parts := "10-20".split("-"):
    print(parts[0], parts[1])
print([(w, l) for w in ["a", "bbb", "cc"] if (l := len(w)) > 1])
def g(x):
    return (x := x + 1) * 2
print(g(3))
lst = []
print(lst.append(v := 3) or v)
print({(k := i): k * 2 for i in range(3)}, k)
z = [last := i for i in range(4)]
print(last)
print(any((hit := c) == "x" for c in "abxd"), hit)
