import random
random.seed(11)
s = random.getstate()
print(s[0], len(s[1]), s[1][-1], s[2], s[1][:3])
a = [random.random() for _ in range(5)]
random.setstate(s)
b = [random.random() for _ in range(5)]
print(a == b, a)
g = random.gauss()
s = random.getstate()
print(s[2] is not None, round(random.gauss(), 8))
random.setstate(s)
print(round(random.gauss(), 8))
r1 = random.Random(3)
r2 = random.Random(3)
print(r1.random() == r2.random(), r1.randrange(100), r2.randrange(100))
r1.seed(4)
print(r1.random() != r2.random())
class Mine(random.Random):
    def __init__(self, x):
        super().__init__(x)
        self.calls = 0
    def random(self):
        self.calls += 1
        return super().random()
m = Mine(8)
print([m.randrange(50) for _ in range(10)], m.calls > 0)
print(m.choice("abcdef"), m.sample(range(100), 3), m.calls)
class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)
b = Bits(8)
print([b.randrange(50) for _ in range(10)])
r = random.Random(8)
print([r.randrange(50) for _ in range(10)])
print(isinstance(random.Random(), random.Random), random.Random.VERSION)
state = random.Random(1).getstate()
r = random.Random(); r.setstate(state); print(r.random())
print(random.Random(1).random())
r = random.Random(0)
first = [r.random() for _ in range(1300)]
print(first[623], first[624], first[1299])
