def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fibonacci(10))
print(fibonacci(100))
print([fibonacci(i) for i in range(12)])
