"""Seeded simulations with random: card games, a random walk, sampling and distributions."""
import random
from collections import Counter

SUITS = "SHDC"
RANKS = "23456789TJQKA"


def deck():
    return [r + s for s in SUITS for r in RANKS]


def hand_kind(hand):
    ranks = Counter(card[0] for card in hand)
    shape = sorted(ranks.values(), reverse=True)
    flush = len({card[1] for card in hand}) == 1
    idx = sorted(RANKS.index(r) for r in ranks)
    straight = len(ranks) == 5 and (idx[-1] - idx[0] == 4 or idx == [0, 1, 2, 3, 12])
    if straight and flush:
        return "straight flush"
    if shape[0] == 4:
        return "four of a kind"
    if shape == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if shape[0] == 3:
        return "three of a kind"
    if shape[:2] == [2, 2]:
        return "two pair"
    if shape[0] == 2:
        return "pair"
    return "high card"


rng = random.Random(2024)
d = deck()
rng.shuffle(d)
print(d[:10])
kinds = Counter()
for _ in range(2000):
    kinds[hand_kind(rng.sample(d, 5))] += 1
print(sorted(kinds.items()))

random.seed(12345)
pos, path = 0, []
for _ in range(40):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))
print([random.randint(1, 6) for _ in range(20)])
print([round(random.random(), 6) for _ in range(5)])
print([random.randrange(0, 100, 7) for _ in range(8)], random.randrange(10 ** 30))
print(random.choices("abc", weights=[5, 1, 1], k=15), random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=6))
print(round(random.uniform(-1, 1), 10), round(random.gauss(10, 2), 10), round(random.normalvariate(0, 1), 10))
print(round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10), random.getrandbits(100))
print(random.sample(range(1000), 6), random.sample(["x", "y", "z"], counts=[3, 1, 2], k=4))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
for seed in [0, 1, -7, 2 ** 64 + 3, "copperhead", b"bytes", 3.5]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.getrandbits(32), r.randint(0, 10 ** 6))

# Estimate pi with a fixed seed; the estimate itself is deterministic.
r = random.Random(7)
inside = sum(1 for _ in range(20000) if r.random() ** 2 + r.random() ** 2 <= 1)
print(inside, 4 * inside / 20000)
for bad in [lambda: random.randrange(5, 5), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.randint(3, 1), lambda: random.choices([], k=2)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
