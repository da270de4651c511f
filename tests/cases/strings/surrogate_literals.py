# Lone surrogates in string literals, constants, and the basic str operations.
a = '\ud800'
b = "\udc80"
pair = "\ud83d\ude00"          # two separate code points, never joined
print(repr(a), repr(b), len(a), len(pair))
print(repr(pair), pair == '\U0001f600', ascii(pair))
print([hex(ord(c)) for c in pair])
joined = '\ud83d' + '\ude00'
print(len(joined), joined == pair, repr(joined))
print(repr('\N{BULLET}\ud800\N{SNOWMAN}'), len('\N{BULLET}\ud800'))
print(repr('abc' '\udfff' 'def'), repr(r'\ud800'), len(r'\ud800'))
print(repr("""multi
\ud800line"""))
print(repr(chr(0xd800)), chr(0xdbff) == '\udbff', ord(chr(0xdc00)))
for cp in (0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000):
    c = chr(cp)
    print(hex(cp), repr(c), c.isprintable(), c.isidentifier(), c.isalpha(), ascii(c))
s = 'x\ud800y\udc00z'
print(len(s), repr(s[1]), repr(s[-2]), repr(s[1:4]), repr(s[::2]), repr(s[::-1]))
print([repr(c) for c in s])
print(repr(s.upper()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
print(s.find('\udc00'), s.count('\ud800'), s.index('z'), '\ufffd' in s, '\ud800' in s)
print(repr(s.replace('\ud800', '<hi>')), s.split('\ud800'), s.partition('\udc00'))
print(sorted(['\ue000', '\ud800', '\ud7ff', '\U00010000', '\ufffd']) == ['\ud7ff', '\ud800', '\ue000', '\ufffd', '\U00010000'])
d = {'\ud800': 'surrogate', '\ufffd': 'replacement'}
print(d['\ud800'], d['\ufffd'], len(d), len({'\udc80', '\udc80', '\ufffd'}))
class Obj:
    pass
o = Obj()
setattr(o, '\ud800', 1)
setattr(o, '\ufffd', 2)
print(getattr(o, '\ud800'), getattr(o, '\ufffd'), sorted(vars(o).values()))
print(repr(str(b'\xff\xfe', 'utf-8', 'surrogateescape')))
try:
    ord('\ud800\udc00')
except TypeError as e:
    print(type(e).__name__, e)
try:
    int('\ud800')
except ValueError as e:
    print(type(e).__name__, e)
# Source text with a raw lone surrogate cannot be encoded to UTF-8 for the compiler.
for src in ('x = "' + chr(0xd800) + '"', chr(0xdc80)):
    try:
        exec(src)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print(eval('"\\ud800"') == chr(0xd800), eval(repr('a\udfffb')) == 'a\udfffb')
print([ord(c) for c in '\ud83d\ude00'], [hex(ord(c)) for c in 'x\udbff'])
C = type('C', (), {})
setattr(C, '\ud800', 'class attr')
print(getattr(C(), '\ud800'), hasattr(C, '\ufffd'))
