"""A dataclass-heavy inventory: ordering, grouping, reports and validation."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, astuple, dataclass, field, replace, fields, FrozenInstanceError
from itertools import groupby
from operator import attrgetter


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    code: int

    def __str__(self):
        return f"{self.category[:3].upper()}-{self.code:04d}"


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    sku: Sku = field(compare=False)
    name: str = field(compare=False)
    price_cents: int = field(compare=False)
    quantity: int = field(default=0, compare=False)
    tags: list[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        if self.price_cents < 0:
            raise ValueError(f"negative price for {self.name}")
        self.sort_key = (self.sku.category, -self.price_cents, self.name)

    @property
    def value(self):
        return self.price_cents * self.quantity


@dataclass
class Warehouse:
    name: str
    items: dict[Sku, Item] = field(default_factory=dict)
    log: list[str] = field(default_factory=list, repr=False)

    def add(self, item: Item):
        if item.sku in self.items:
            existing = self.items[item.sku]
            existing.quantity += item.quantity
            self.log.append(f"restock {item.sku} +{item.quantity}")
        else:
            self.items[item.sku] = item
            self.log.append(f"new {item.sku}")

    def take(self, sku: Sku, n: int):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(str(sku))
        if item.quantity < n:
            raise RuntimeError(f"only {item.quantity} of {item.name} left")
        item.quantity -= n
        self.log.append(f"take {sku} -{n}")
        return replace(item, quantity=n)


def money(cents):
    return f"${cents // 100:,}.{cents % 100:02d}"


w = Warehouse("north")
stock = [
    ("tools", 1, "hammer", 1299, 10, ["steel"]),
    ("tools", 2, "wrench", 899, 25, ["steel", "metric"]),
    ("garden", 7, "hose", 2450, 4, []),
    ("garden", 3, "rake", 1575, 0, ["wood"]),
    ("kitchen", 11, "kettle", 3999, 3, ["electric"]),
    ("kitchen", 12, "ladle", 450, 40, ["steel"]),
    ("tools", 1, "hammer", 1299, 5, ["steel"]),
]
for cat, code, name, price, qty, tags in stock:
    w.add(Item(Sku(cat, code), name, price, qty, tags))

print(w)
print(w.log)
for item in sorted(w.items.values()):
    print(f"{str(item.sku):10} {item.name:8} {money(item.price_cents):>8} x{item.quantity:<3} = {money(item.value):>9}")

by_cat = groupby(sorted(w.items.values(), key=attrgetter("sku.category")), key=attrgetter("sku.category"))
for cat, items in by_cat:
    items = list(items)
    print(cat, len(items), money(sum(i.value for i in items)))

tags = Counter(t for i in w.items.values() for t in i.tags)
print(tags.most_common(2), sorted(tags.elements()))
index = defaultdict(list)
for i in w.items.values():
    for t in i.tags:
        index[t].append(i.name)
print(dict(sorted(index.items())))

taken = w.take(Sku("tools", 2), 5)
print(taken, w.items[Sku("tools", 2)].quantity)
for sku, n in [(Sku("garden", 3), 1), (Sku("toys", 1), 1)]:
    try:
        w.take(sku, n)
    except (KeyError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    Item(Sku("x", 1), "bad", -1)
except ValueError as e:
    print("ValueError", e)
try:
    Sku("a", 1).code = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(asdict(w.items[Sku("kitchen", 11)]))
print(astuple(Sku("a", 1)), [f.name for f in fields(Item)])
print(Sku("a", 2) < Sku("b", 1), Sku("a", 1) == Sku("a", 1), hash(Sku("a", 1)) == hash(Sku("a", 1)))
print(sorted({Sku("b", 2), Sku("a", 9), Sku("a", 1)}))
print(max(w.items.values(), key=attrgetter("value")).name)
