import string

f = string.Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'), f.format('{x!s:^7}|{y!a}', x='mid', y='é'))
print(f.vformat('{a} and {b}', (), {'a': 1, 'b': [2]}))
print(f.format('{0[1]} {0[2][k]} {1.imag}', [0, 'one', {'k': 'kv'}], 3 + 4j))
print(f.format('{:>{}}', 'r', 5), f.format('{0:{1}}', 42, '05d'))
print(f.format('{{literal}} {}', 'x'), f.format(''), f.format('plain'))
print(list(f.parse('')), list(f.parse('{}')), list(f.parse('x{0!s}y')), list(f.parse('}}{{')))
print(f.get_field('0.real', (5,), {}), f.get_value('k', (), {'k': 'v'}), f.get_value(0, ('p',), {}))
print(f.convert_field('s', 'r'), f.convert_field(3, None), f.convert_field('é', 'a'), f.format_field(3.14159, '.2f'))
for bad, args in [('{0!x}', (1,)), ('{', ()), ('}', ()), ('{0', ()), ('{a', ())]:
    try:
        print(f.format(bad, *args))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print(type(e).__name__, e)
try:
    f.format('{5}', 1)
except IndexError as e:
    print(type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: ' + ','.join(sorted(unused)))


print(Strict().format('{a}', a=1))
try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print(type(e).__name__, e)
print(string.capwords('hello\tworld\nagain'), string.capwords(''), string.capwords('ABC def', None))
print(sorted(set(string.printable) - set(string.ascii_letters + string.digits + string.punctuation)))
print(string.Template.delimiter, string.Template('${x}y').substitute(x='X'), string.Template('$x').substitute({'x': 0}, x=1))
