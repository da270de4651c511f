"""Route planning on a small rail network: BFS, Dijkstra, topological order, components."""
import heapq
from collections import defaultdict, deque
from typing import NamedTuple


class Edge(NamedTuple):
    src: str
    dst: str
    minutes: int


EDGES = [
    Edge("Amsterdam", "Utrecht", 27), Edge("Utrecht", "Arnhem", 37), Edge("Arnhem", "Cologne", 95),
    Edge("Amsterdam", "Rotterdam", 41), Edge("Rotterdam", "Antwerp", 33), Edge("Antwerp", "Brussels", 47),
    Edge("Brussels", "Cologne", 109), Edge("Utrecht", "Rotterdam", 38), Edge("Brussels", "Paris", 82),
    Edge("Cologne", "Frankfurt", 62), Edge("Paris", "Lyon", 120), Edge("Reykjavik", "Akureyri", 300),
]

graph = defaultdict(list)
for e in EDGES:
    graph[e.src].append((e.dst, e.minutes))
    graph[e.dst].append((e.src, e.minutes))


def bfs_hops(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        node = q.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = prev[node]
            return path[::-1]
        for nxt, _ in sorted(graph[node]):
            if nxt not in prev:
                prev[nxt] = node
                q.append(nxt)
    return None


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


def route(prev, goal):
    path = [goal]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return " -> ".join(reversed(path))


print(bfs_hops("Amsterdam", "Paris"))
print(bfs_hops("Amsterdam", "Akureyri"))
dist, prev = dijkstra("Amsterdam")
for city in sorted(dist, key=lambda c: (dist[c], c)):
    h, m = divmod(dist[city], 60)
    print(f"{city:10} {h}h{m:02d}  {route(prev, city)}")
print("unreachable:", sorted(set(graph) - set(dist)))


def components():
    seen, comps = set(), []
    for start in sorted(graph):
        if start in seen:
            continue
        stack, comp = [start], []
        seen.add(start)
        while stack:
            n = stack.pop()
            comp.append(n)
            for m, _ in graph[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        comps.append(sorted(comp))
    return comps


print(components())

# Build order: a DAG of tasks, Kahn's algorithm with a heap for a deterministic order.
deps = {
    "deploy": {"test", "package"}, "package": {"compile", "docs"}, "test": {"compile"},
    "compile": {"fetch"}, "docs": {"fetch"}, "fetch": set(), "lint": set(),
}
indeg = {k: len(v) for k, v in deps.items()}
users = defaultdict(set)
for k, vs in deps.items():
    for v in vs:
        users[v].add(k)
ready = [k for k, n in indeg.items() if n == 0]
heapq.heapify(ready)
order = []
while ready:
    k = heapq.heappop(ready)
    order.append(k)
    for u in users[k]:
        indeg[u] -= 1
        if indeg[u] == 0:
            heapq.heappush(ready, u)
print(order)
deps["fetch"].add("deploy")
try:
    def visit(n, stack=()):
        if n in stack:
            raise RuntimeError("cycle: " + " -> ".join(stack[stack.index(n):] + (n,)))
        for d in sorted(deps[n]):
            visit(d, stack + (n,))
    visit("deploy")
except RuntimeError as e:
    print(e)
e = EDGES[0]
print(e, e._asdict(), e._replace(minutes=30), Edge._fields, e.minutes + 1)
