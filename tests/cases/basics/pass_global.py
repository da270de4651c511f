count = 0
def bump():
    global count
    count += 1
for _ in range(5):
    bump()
print(count)
def nothing():
    pass
print(nothing())
class Empty:
    pass
print(type(Empty()).__name__)
def uses_global():
    return count * 2
print(uses_global())
