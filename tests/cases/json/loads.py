import json
docs = ['null', 'true', 'false', '0', '-0', '-0.0', '12', '-12', '1.5', '1e3', '1E-2', '-1.5e+10',
        '12345678901234567890123', '1.7976931348623157e308', '1e400', '"abc"', '"a\\"b"',
        '"\\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u65e5"', '"\\ud83d\\ude00"', '"日本"',
        '[]', '{}', '[1, 2, [3, 4]]', '{"a": {"b": [1, {"c": null}]}}', ' \n\t[ 1 , 2 ]\r\n ',
        'NaN', 'Infinity', '-Infinity', '[NaN, Infinity]', '{"a": 1, "a": 2}', '"\\u0041"',
        '{"": 0}', '[[[[[]]]]]', '0.5', '-0.000001', '3.0', '1.0e+2']
for d in docs:
    r = json.loads(d)
    print(repr(d), "->", repr(r), type(r).__name__)
print(json.loads(b'{"x": [1, 2]}'), json.loads(bytearray(b'[true]')), json.loads('"\\u00e9"'.encode()))
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: "C:" + s))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[1.10]', parse_float=lambda s: s + "!"))
print(json.loads('"a\tb"', strict=False), repr(json.loads('"x\ny"', strict=False)))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a": 1}yy', 2))
print(dec.raw_decode('"é" ', 0), dec.raw_decode('  5', 2))
big = json.dumps({"k%d" % i: [i, str(i), i / 2] for i in range(200)})
print(len(big), json.loads(big) == {"k%d" % i: [i, str(i), i / 2] for i in range(200)})
for v in [None, [1, "a", {"b": 2.5}], {"x": [True, False]}, "ü€😀", 2**70, -1e-300]:
    assert json.loads(json.dumps(v)) == v, v
    assert json.loads(json.dumps(v, ensure_ascii=False)) == v, v
print("roundtrips ok")
