# Lone surrogates through formatting: %, str.format, format(), f-strings, repr/ascii, join.
x = '\ud800'
y = '\udc80'
print(ascii(f'{x}{y}'), ascii(f'{x!r}'), ascii(f'{x!a}'), ascii(f'{x:>4}|{y:<3}|{x:^5}'))
print(ascii(f'a{x}b{y}c'), ascii(f'{x*2:.1}'), ascii(f'{"-".join([x, y])}'))
print(ascii('%s' % x), ascii('%r' % x), ascii('%a' % x), ascii('%c' % 0xd800), ascii('%c' % y))
print(ascii('%3s|%-3s|%.1s' % (x, y, x + y)), ascii('\ud800%s\udc00' % '-'), ascii('%(k)s' % {'k': x}))
print(ascii('{}'.format(x)), ascii('{!r}'.format(x)), ascii('{:*^5}'.format(x)), ascii('{0}{0}'.format(y)))
print(ascii('\ud800{}\udc00'.format('-')), ascii('{k}'.format_map({'k': y})))
print(ascii(format(x, '<3')), ascii(format('a\ud800b', '.2')), ascii(format(x, '')))
print(repr(x), ascii(x), str(x) == x, repr([x, y]), ascii({'k': x}))
print(ascii(x.center(5, '*')), ascii(x.zfill(3)), ascii(x.ljust(2, y)), ascii('\t'.join([x, y]).expandtabs(2)))
print(ascii(''.join(reversed('a\ud800\udc00b'))), ascii(x + y), len(x + y))
print(ascii('a\ud800'.translate({0xd800: 'X', ord('a'): 0xdc01})), ascii(str.maketrans('a', x)))
class S(str):
    pass
s = S('\ud800z')
print(ascii(s), type(s).__name__, len(s), ascii(str(s)), ascii(s + 'q'), s == '\ud800z')
