found = None
for i in range(2, 30):
    for j in range(2, i):
        if i % j == 0:
            break
    else:
        if i > 20:
            found = i
            break
print("first prime > 20:", found)
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
