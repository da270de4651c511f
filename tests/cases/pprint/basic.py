import pprint

data = {"name": "copperhead", "versions": [3.9, 3.10, 3.11], "nested": {"z": 1, "a": [1, 2, 3], "m": (4, 5)},
        "long": list(range(30)), "text": "short", "empty": [], "e2": {}, "e3": (), "t1": (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, sort_dicts=False)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint(list(range(40)), width=30)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7]]]], {"a": {"b": {"c": {}}}}], depth=2)
pprint.pprint([[1, 2, [3, 4, [5, 6, [7]]]], {"a": {"b": {"c": 1}}}], depth=3, width=20)
print(pprint.pformat((1, 2, 3)), pprint.pformat("x"), pprint.pformat(12345678, underscore_numbers=True))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"b": 1, "a": [2] * 30})
print(pprint.pformat([("a" * 20, "b" * 20, "c" * 20)] * 2))
print(pprint.pformat({3, 1, 2}), pprint.pformat(frozenset()), pprint.pformat(set(range(25)), width=30))
print(pprint.pformat(frozenset(range(25)), width=30))
print(pprint.pformat({1: "a", "x": 2, (1, 2): None}, width=10))
print(pprint.pformat({(1, 2): [1] * 20, "k": {"inner": list("abcdefghijklmnop")}}, width=35))
