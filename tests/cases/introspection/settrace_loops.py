# 'line' events for loops (backward jumps re-trace the loop header) and comprehensions.
import sys

lines = []

def show(frame, event, arg):
    lines.append((event, frame.f_code.co_name, frame.f_lineno))
    return show

def loops():
    total = 0
    for i in range(3):
        total += i
    n = 3
    while n:
        n -= 1
    squares = [x * x for x in range(3)]
    evens = {x for x in range(4) if x % 2 == 0}
    d = {k: k + 1 for k in (1, 2)}
    for i in range(2): total += i
    while n < 2: n += 1
    return total, squares, sorted(evens), d

sys.settrace(show)
res = loops()
sys.settrace(None)
for e in lines:
    print(*e)
print(res)
