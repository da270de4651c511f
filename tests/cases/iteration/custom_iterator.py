class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "default"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
for x in Countdown(2):
    print("loop", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
r = Range2(3)
print(list(r), list(r), sum(r), 2 in r, max(r))
a, b, c = Range2(3)
print(a, b, c)
