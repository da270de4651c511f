# re.Scanner, re.template and re.TEMPLATE.
import re
import warnings

s = re.Scanner([
    (r'\d+', lambda sc, t: int(t)),
    (r'\s+', None),
    (r'[a-z]+', lambda sc, t: t.upper()),
    (r'=|\+', lambda sc, t: ('op', t)),
])
print(s.scan('12 ab 3 !x'))
print(s.scan('x = 1 + 22'))
print(s.scan(''))
print(s.scan('   '))
print(s.match.group() if s.match else None)

s2 = re.Scanner([(r'A', 'a-token'), (r'b', 'b-token')], re.I)
print(s2.scan('aBAbc'))


class Ctx:
    pass


def remember(sc, text):
    return (sc.match.start(), sc.match.end(), text)


s3 = re.Scanner([(r'\w+', remember), (r'\W', None)])
print(s3.scan('hi there, you'))
print(re.Scanner([(r'x*', 'empty')]).scan('abc'))

print(re.TEMPLATE, re.T, int(re.TEMPLATE), re.T is re.TEMPLATE)
print(repr(re.I | re.T))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    p = re.template('ab')
    print(p.pattern, p.flags & re.T != 0, p.match('abc').group())
    try:
        re.template('a+')
    except re.error as e:
        print('error', e)
    try:
        re.template('a*?')
    except re.error as e:
        print('error', e)
    print(re.template('[+*]x').match('*x').group())
    print(len(w), w[0].category.__name__, str(w[0].message))
print('template' in re.__all__, 'Scanner' in re.__all__)
