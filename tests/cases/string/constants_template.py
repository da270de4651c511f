import string
from string import Template

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords('hello   world  of python'), string.capwords('a-b c-d', '-'), repr(string.capwords('  x  ')))
print(string.capwords("they're bill's friends"))

t = Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='cake'))
print(t.safe_substitute(who='bob'))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
for bad in ['$', 'ok $1 bad', 'line\n  ${oops', 'x $ y', '${}', 'a\nb\nc $ d']:
    tb = Template(bad)
    try:
        tb.substitute(a=1)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(repr(tb.safe_substitute(a=1)), tb.is_valid())
print(Template('$a$b${c}d').substitute(a=1, b=2.5, c=[3]))
print(Template('${a_1} $_b $c9x').substitute(a_1='A', _b='B', c9x='C'))
print(Template('$a.$b-$c').safe_substitute(a='x', c='z'))
print(Template('$$$a').substitute(a='!'), Template('$$').substitute())


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %%%age').substitute(name='Al', age=3))
print(Template('$x ${y} $x').get_identifiers())

f = string.Formatter()
print(f.format('{0} {1!r} {name:>5} {0.real}', 3, 'x', name='n'))
print(f.format('{} {}', 'a', 'b'), f.format('{a[0]} {b[k]}', a=[9], b={'k': 'v'}))
print(f.format('{:{w}.{p}f}', 3.14159, w=8, p=2))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')))
try:
    f.format('{0} {}', 1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format('{} {1}', 1, 2)
except ValueError as e:
    print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)


print(Upper().format('{a} {missing} {0}', 'z', a='abc'))
