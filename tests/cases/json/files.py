import json, io
buf = io.StringIO()
json.dump({"a": [1, 2, 3], "b": "x"}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('{"k": [null, true]}'), object_pairs_hook=list))
from json import JSONDecodeError, JSONEncoder, JSONDecoder
from json.decoder import JSONDecodeError as E2
print(E2 is JSONDecodeError, JSONDecodeError.__mro__[1].__name__)
print(json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode({"b": 1, "a": [1, 2]}))
print(JSONDecoder(object_hook=len).decode('{"a": 1, "b": 2}'))
