"""Round-trips nested data through json with every option a config tool would use."""
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def encode_extra(obj):
    if isinstance(obj, Point):
        return {"__point__": [obj.x, obj.y]}
    if isinstance(obj, set):
        return {"__set__": sorted(obj)}
    raise TypeError(f"cannot encode {type(obj).__name__}")


def decode_extra(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    if "__set__" in d:
        return set(d["__set__"])
    return d


data = {
    "name": "copperhead",
    "version": [0, 1, 0],
    "ratio": 3.45,
    "tiny": 1e-7,
    "huge": 1e100,
    "neg": -0.0,
    "flags": {"fast": True, "safe": False, "extra": None},
    "unicode": "héllo wörld ✓ 𝄞",
    "escapes": "tab\tquote\"back\\slash\nnl",
    "points": [Point(1, 2), Point(-3, 4.5)],
    "tags": {"b", "a", "c"},
    "nested": [[1, [2, [3, [4]]]], {"k": {"k2": {"k3": []}}}],
    3: "int key",
    2.5: "float key",
    None: "none key",
    True: "bool key",
}

text = json.dumps(data, default=encode_extra)
print(text)
print(json.dumps(data, default=encode_extra, indent=2, sort_keys=False, ensure_ascii=False))
print(json.dumps({"b": 1, "a": [1, 2, {"z": 0, "y": 1}]}, sort_keys=True, indent="\t"))
print(json.dumps([1, 2, {"a": 3}], separators=(",", ":")))
back = json.loads(text, object_hook=decode_extra)
for k in sorted(back, key=str):
    v = back[k]
    print(repr(k), "->", sorted(v) if isinstance(v, set) else v)

pairs = json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list)
print(pairs)
print(json.loads("[1.5, 2, 3e2]", parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('"\\ud83d\\ude00 \\u00e9"'))
print(json.dumps("😀 é"), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-float("inf")))

for bad in ['{"a": }', "[1, 2", "", '{"a" 1}', "[1,]", "nul", '"abc', "[1] x", "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r}: {e} | pos={e.pos} line={e.lineno} col={e.colno}")

try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)

# Round trip of many values keeps exact floats.
values = [0.1, 1 / 3, 2 ** 0.5, 123456789.123456789, 5e-324, 1.7976931348623157e308, 10 ** 20, -(2 ** 70)]
for v in values:
    s = json.dumps(v)
    assert json.loads(s) == v, v
    print(s)
