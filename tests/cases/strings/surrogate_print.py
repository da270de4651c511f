# Writing lone surrogates to the standard streams: stdout is UTF-8 strict, so print and
# sys.stdout.write raise CPython's UnicodeEncodeError. (Only surrogates outside U+DC80..U+DCFF here:
# those would pass where CPython's stdout uses surrogateescape, as under the C.UTF-8 locale.)
import sys
print('start')
try:
    print('\ud800')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, (e.start, e.end))
try:
    sys.stdout.write('ab\ud801\n')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, repr(e.object), (e.start, e.end))
print(ascii('\ud800'), repr('\ud800'))
print(repr('\ud800').encode())
n = sys.stdout.write('plain\n')
print(n)
print('a', 'b', sep='\N{BULLET}')
print('last line before the error')
print('x', 'y\udfff', 'z')
