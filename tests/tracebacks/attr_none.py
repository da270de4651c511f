import sys
def compute(items):
    total = 0
    for it in items:
        total += it.value * 2
    return total
compute([None])
