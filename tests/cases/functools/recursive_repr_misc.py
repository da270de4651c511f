# functools.recursive_repr, enum.show_flag_values, copy.dispatch_table, json's submodules.
import copy
import enum
import functools
import json
import json.decoder
import json.encoder
import json.scanner


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @functools.recursive_repr()
    def __repr__(self):
        "Node repr."
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)


class Box(list):
    @functools.recursive_repr('<loop>')
    def __repr__(self):
        return 'Box(' + ', '.join(repr(x) for x in self) + ')'


x = Box([1])
x.append(x)
print(x)

print(enum.show_flag_values(7), enum.show_flag_values(0), enum.show_flag_values(10),
      enum.show_flag_values(2 ** 40 + 1))


class P:
    def __init__(self, v):
        self.v = v


copy.dispatch_table[P] = lambda p: (P, (p.v * 10,))
print(copy.copy(P(2)).v, copy.deepcopy(P(3)).v)
del copy.dispatch_table[P]
print(copy.copy(P(2)).v, type(copy.dispatch_table).__name__)

print(json.decoder.JSONDecodeError.__module__, json.JSONDecoder.__module__,
      json.JSONEncoder.__module__, json.JSONDecodeError is json.decoder.JSONDecodeError,
      json.JSONEncoder is json.encoder.JSONEncoder)
print(json.decoder.JSONDecoder().decode('{"a": [1, 2.5, null]}'))
print(json.encoder.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': [True]}))
print(json.encoder.encode_basestring('a"b'), json.encoder.encode_basestring_ascii('é'))
scan = json.scanner.make_scanner(json.JSONDecoder())
print(scan('[1,2] x', 0), scan('{"k": 1}', 0), scan('  1', 2))
try:
    scan('x', 0)
except StopIteration as e:
    print('StopIteration', e.value)
print(json.scanner.NUMBER_RE.match('-12.5e3').groups())
try:
    json.loads('[1,')
except json.JSONDecodeError as e:
    print(type(e).__module__, type(e).__name__, e, e.pos, e.lineno, e.colno)
print(json.decoder.NaN != json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)
