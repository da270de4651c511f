# Loops whose hot path changes after the trace was built: a branch that flips, a type that
# changes at one site, an exit in the middle of the body, and an exit inside a side path.
# Each runs long enough for the exits to become hot (side traces grow from them).


def branch_flips(n):
    total = 0
    for i in range(n):
        if i < n // 2:
            total += i
        else:
            total -= i
            total ^= 3
    return total


def type_changes(n):
    values = [1] * (n // 2) + [1.5] * (n // 2)
    acc = 0
    for v in values:
        acc = acc + v * 2
    return acc


def unsupported_middle(n):
    t = (1, 2, 3, 4, 5)
    total = 0
    for _ in range(n):
        first, *middle, last = t
        total += first + last + len(middle)
    return total


def nested_exits(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            x = i
        elif i % 3 == 1:
            x = float(i)
        else:
            x = str(i)
        if i > n - 5:
            out.append(repr(x))
    return out


def changes_after_side_trace(n):
    class A:
        k = 1

    a = A()
    total = 0
    for i in range(n):
        if i % 2:
            total += a.k
        else:
            total -= 1
        if i == n // 2:
            A.k = 10
    return total


def mutate_in_side_path(n):
    items = list(range(10))
    seen = 0
    for i in range(n):
        if i > 500:
            items[i % 10] = items[(i + 1) % 10] + 1
        seen += items[i % 10]
    return seen, items


for f in (branch_flips, type_changes, unsupported_middle, nested_exits,
          changes_after_side_trace, mutate_in_side_path):
    print(f.__name__, f(3000))
