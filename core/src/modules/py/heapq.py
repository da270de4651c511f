"""Heap queue (frozen Python for now; a native version is the planned speed-up)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_down(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item, /):
    _check(heap)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        ret = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return ret
    return last


def heapreplace(heap, item, /):
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    ret = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return ret


def heappushpop(heap, item, /):
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x, /):
    _check(x)
    for i in reversed(range(len(x) // 2)):
        _sift_up(x, i)


def merge(*iterables, key=None, reverse=False):
    items = []
    for order, it in enumerate(iterables):
        for pos, v in enumerate(it):
            k = v if key is None else key(v)
            items.append((k, order, pos, v))
    items.sort(key=lambda t: t[0], reverse=reverse)
    for t in items:
        yield t[3]


def nsmallest(n, iterable, key=None):
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]
