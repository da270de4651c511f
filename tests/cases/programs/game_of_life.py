"""Conway's Game of Life on a sparse set, with pattern detection and a frozen-state history."""
from collections import Counter
from itertools import product

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
BLINKER = {(0, 1), (1, 1), (2, 1)}
R_PENTOMINO = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}


def step(cells):
    counts = Counter((x + dx, y + dy) for x, y in cells for dx, dy in product((-1, 0, 1), repeat=2) if dx or dy)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def normalize(cells):
    if not cells:
        return frozenset()
    mx = min(x for x, _ in cells)
    my = min(y for _, y in cells)
    return frozenset((x - mx, y - my) for x, y in cells)


def render(cells, w, h):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(w)) for y in range(h))


def bbox(cells):
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    return (min(xs), min(ys), max(xs), max(ys)) if cells else None


cells = set(GLIDER)
for gen in range(5):
    print(f"gen {gen}, bbox {bbox(cells)}")
    print(render(cells, 6, 6))
    cells = step(cells)
print("glider moved by", (min(cells)[0] - min(GLIDER)[0]), normalize(cells) == normalize(GLIDER))

seen = {}
cells = set(BLINKER)
for gen in range(10):
    key = frozenset(cells)
    if key in seen:
        print("blinker period", gen - seen[key], "first seen", seen[key])
        break
    seen[key] = gen
    cells = step(cells)

cells = set(R_PENTOMINO)
populations = []
for gen in range(200):
    populations.append(len(cells))
    cells = step(cells)
print(populations[:20], max(populations), populations.index(max(populations)), len(cells))
print(bbox(cells))
hist = Counter(p // 50 * 50 for p in populations)
for bucket in sorted(hist):
    print(f"{bucket:4}-{bucket + 49:<4} {'*' * hist[bucket]}")
