"""Heap queue. The primitives are Rust (`_heapq`, hot in benchmarks); merge, nlargest and
nsmallest are frozen Python built on them."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Lazily merges sorted inputs. The heap holds one entry per non-empty input:
    [sort key, input order (ties keep input order), value, iterator]."""
    h = []
    if reverse:
        _heapify, _pop, _replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _heapify, _pop, _replace, direction = heapify, heappop, heapreplace, 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), order * direction, value, it])
            break
    _heapify(h)
    while len(h) > 1:
        s = h[0]
        yield s[2]
        for value in s[3]:
            s[0] = value if key is None else key(value)
            s[2] = value
            _replace(h, s)
            break
        else:
            _pop(h)
    if h:
        s = h[0]
        yield s[2]
        yield from s[3]


def nsmallest(n, iterable, key=None):
    """The n smallest items, like sorted(iterable, key=key)[:n] (stable for ties)."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel) if key is None else min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    keyf = (lambda x: x) if key is None else key
    # A max-heap of the n best so far, as (negated order) entries: [key, -index, value].
    it = iter(iterable)
    h = []
    for i, v in zip(range(n), it):
        h.append(_Rev((keyf(v), i, v)))
    if not h:
        return []
    heapify(h)
    i = n
    for v in it:
        k = keyf(v)
        if k < h[0].t[0]:
            heapreplace(h, _Rev((k, i, v)))
        i += 1
    return [r.t[2] for r in sorted(h, key=lambda r: (r.t[0], r.t[1]))]


def nlargest(n, iterable, key=None):
    """The n largest items, like sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel) if key is None else max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    keyf = (lambda x: x) if key is None else key
    it = iter(iterable)
    h = []
    for i, v in zip(range(n), it):
        h.append((keyf(v), -i, v))
    if not h:
        return []
    heapify(h)
    i = -n
    for v in it:
        k = keyf(v)
        if h[0][0] < k:
            heapreplace(h, (k, i, v))
        i -= 1
    h.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [t[2] for t in h]


class _Rev:
    """Inverts the order of a (key, index, value) triple, for a max-heap on the min-heap."""
    __slots__ = ("t",)

    def __init__(self, t):
        self.t = t

    def __lt__(self, other):
        a, b = self.t, other.t
        return b[0] < a[0] or (not a[0] < b[0] and b[1] < a[1])
