# bytes.decode producing lone surrogates (surrogatepass, surrogateescape) and round trips.
samples = [b'\xed\xa0\x80', b'\xed\xa0\x80\xed\xb0\x80', b'\xed\xa0', b'a\xff\x41\xed\xa0', b'\xf0\x9f\x98',
           b'\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdc', b'\x00\xd8\x00\xdc', b'\x00\xd8\x00', b'a\x00b',
           b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'\xff\xfe\x00\xd8', b'\xfe\xff\xd8\x00', b'\x80\xdc']
codecs = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogatepass', 'surrogateescape']
for b in samples:
    for c in codecs:
        for h in handlers:
            try:
                r = ascii(b.decode(c, h))
            except UnicodeDecodeError as e:
                r = f'{type(e).__name__}: {e} {(e.encoding, e.start, e.end, e.reason)}'
            print(b, c, h, r)
for h in ('xmlcharrefreplace', 'namereplace'):
    try:
        b'\xff'.decode('utf-8', h)
    except TypeError as e:
        print(type(e).__name__, e)
# surrogateescape round trip of arbitrary bytes
data = bytes(range(256))
s = data.decode('utf-8', 'surrogateescape')
print(len(s), s.encode('utf-8', 'surrogateescape') == data, ascii(s[120:135]))
s = data.decode('ascii', 'surrogateescape')
print(len(s), s.encode('ascii', 'surrogateescape') == data)
# surrogatepass round trips
for c in ('utf-8', 'utf-16-le', 'utf-16-be', 'utf-32'):
    t = 'a\ud800\udfffb'
    print(c, t.encode(c, 'surrogatepass').decode(c, 'surrogatepass') == t)
print(ascii(str(b'x\x80y', 'ascii', 'surrogateescape')), ascii(str(b'\xed\xb2\x80', encoding='utf-8', errors='surrogatepass')))
