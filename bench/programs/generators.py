"""generators: walk binary trees with recursive generators (`yield from`),
and push the values through a pipeline of generator stages. Generator
creation, resumption and delegation.

Usage: generators.py [DEPTH]    the tree is complete, of depth DEPTH
DEFAULT = 18, SMALL = 8 (the runner reads the two lines below).
The check: the sums and counts, computed in closed form and by python3.
"""

import sys

DEFAULT = 18
SMALL = 8
WALKS = 4


class Tree:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    """A balanced tree holding lo..hi-1 in order."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.value
        yield from in_order(node.right)


def pre_order(node):
    stack = [node]
    while stack:
        node = stack.pop()
        if node is not None:
            yield node.value
            stack.append(node.right)
            stack.append(node.left)


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


def scaled(values, k):
    for v in values:
        yield v * k


def running_max(values):
    best = -1
    for v in values:
        if v > best:
            best = v
        yield best


def run(depth):
    n = (1 << depth) - 1
    tree = build(0, n)
    total = 0
    previous = -1
    count = 0
    for _ in range(WALKS):
        for v in in_order(tree):
            if v <= previous:
                raise AssertionError("in-order walk out of order")
            previous = v
            total += v
            count += 1
        previous = -1
    pipeline = sum(scaled(evens(pre_order(tree)), 3))
    last = 0
    for last in running_max(pre_order(tree)):
        pass
    return n, count, total, pipeline, last


def main():
    depth = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    n, count, total, pipeline, last = run(depth)
    expected_total = WALKS * n * (n - 1) // 2
    half = (n - 1) // 2
    expected_pipeline = 3 * 2 * half * (half + 1) // 2
    if count != WALKS * n or total != expected_total:
        raise AssertionError("generators(%d): walked %d values summing %d" % (depth, count, total))
    if pipeline != expected_pipeline or last != n - 1:
        raise AssertionError("generators(%d): pipeline %d, max %d" % (depth, pipeline, last))
    print("generators", depth, total, pipeline, "ok")


main()
