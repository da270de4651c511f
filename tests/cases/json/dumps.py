import json
vals = [None, True, False, 0, -5, 10**30, 1.5, -0.0, 1e100, 1e-7, 123456789.123, 0.1,
        float("inf"), float("-inf"), float("nan"), "", "abc", 'q"uo\\te', "tab\tnl\ncr\r",
        "\x00\x01\x1f\x7f", "\b\f", "héllo", "日本語", "emoji 😀", "/slash", [], {}, (),
        [1, [2, [3, []]]], (1, 2), {"a": 1, "b": [1, 2, {"c": None}]}]
for v in vals:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))
d = {"b": 1, "a": 2, "c": {"z": 1, "y": 2}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, indent=2))
print(json.dumps(d, indent=0))
print(json.dumps(d, indent="\t", sort_keys=True))
print(json.dumps([1, [2, 3], {}, []], indent=3))
print(json.dumps(d, separators=(",", ":")))
print(json.dumps(d, indent=2, separators=(", ", " = ")))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({"x": 1, (1, 2): 2, "y": 3}, skipkeys=True))
print(json.dumps({float("inf"): 1, float("nan"): 2}))
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1), True]))
print(json.dumps(list(range(5)), indent=None, separators=(",", ":")))
print(json.dumps({"k": [1, 2, {"n": [3]}]}, indent=1, sort_keys=True))
print(json.dumps("\u2028\u2029"), json.dumps("\ud7ff\ue000\uffff"), json.dumps("\U0010ffff"))
print(json.dumps({"a": 1}, indent=-1), json.dumps([1], indent=""))
print(json.dumps(2**64), json.dumps(-2**100), json.dumps(1e16), json.dumps(1.0), json.dumps(3.14159))
