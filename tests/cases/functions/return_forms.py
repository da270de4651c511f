def nothing():
    pass
def bare():
    return
def multi():
    return 1, 2
def early(x):
    for i in range(10):
        if i == x:
            return i * 10
    return -1
print(nothing(), bare(), multi(), early(3), early(50))
a, b = multi()
print(a, b)
def in_loop():
    while True:
        try:
            return "from try"
        finally:
            print("finally runs")
print(in_loop())
def gen_style():
    results = []
    for x in range(5):
        if x % 2:
            continue
        results.append(x)
    return results
print(gen_style())
