# str.encode with lone surrogates: every codec and error handler, and the exact errors.
samples = ['\ud800', 'a\ud800b', '\ud800\udc00', '\udc80\udcff', 'é\udc80', '\udc80\ud800\ud801', 'caf\xe9 \u20ac\U0001f600']
codecs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogatepass', 'surrogateescape']
for s in samples:
    for c in codecs:
        for h in handlers:
            try:
                r = s.encode(c, h)
            except UnicodeEncodeError as e:
                r = f'{type(e).__name__}: {e} {(e.encoding, e.start, e.end, e.reason)}'
            print(ascii(s), c, h, r)
try:
    '\ud800'.encode('utf-8', 'no-such-handler')
except LookupError as e:
    print(type(e).__name__, e)
print('ok'.encode('utf-8', 'no-such-handler'))
try:
    bytes('\udc80', 'utf-8')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, repr(e.object))
print(bytes('\udc80', 'utf-8', 'surrogateescape'), bytearray('\ud800', 'utf-8', 'surrogatepass'))
