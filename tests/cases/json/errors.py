import json
def show(s, **kw):
    try:
        print(repr(s), repr(json.loads(s, **kw)))
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for s in ['', ' ', '[', '[1,', '[1,]', '{"a":1,}', '{', '{"a"', '{"a" 1', '{"a":1 "b"', '{1:2}',
          '"abc', '"a\\qb"', '"\\u12"', '"\\u12G4"', '"ab\\u1"', '"a\x01b"', '1 2', 'nul', 'tru',
          '-', '01', '1.', '1e', '[1 2]', '[1,\n2,\n}', '\ufeff1', '"\\', '"\\u"', '{"a":}',
          '{"a":1', '[1', '[\n\n  x', 'é x', '["é", 1 2]', 'Nan', '-Inf', '{"a" : 1, }',
          '"unterminated\nline"', '[1]]', '  \n  ', '{"a":1}{}', 'true false', '0x10',
          '.5', '+1', '[-]']:
    show(s)
show(5)
show(None)
show('"\t"', strict=True)
e = json.JSONDecodeError("msg here", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.args, isinstance(e, ValueError))
try:
    json.loads("[1, 2, oops]")
except ValueError as e:
    print("as ValueError:", e)
