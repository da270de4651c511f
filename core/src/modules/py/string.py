"""string: character-class constants, capwords, Template and Formatter (frozen Python: glue
over str methods, nothing hot)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(w.capitalize() for w in s.split(sep))


_sentinel_dict = {}


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string with $-substitutions: $$ escapes, $name and ${name} are placeholders."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)

    # The template is scanned by hand (no regular expressions needed): yields
    # (kind, text, start) with kind in 'text', 'escaped', 'named', 'braced', 'invalid'.
    def _scan(self):
        t = self.template
        d = self.delimiter
        n = len(t)
        i = 0
        text_start = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                break
            if j > text_start:
                yield ('text', t[text_start:j], text_start)
            k = j + len(d)
            if t.startswith(d, k):
                yield ('escaped', d, j)
                i = text_start = k + len(d)
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and _is_ident_start(t[e]):
                    e += 1
                    while e < n and _is_ident_char(t[e]):
                        e += 1
                    if e < n and t[e] == '}':
                        yield ('braced', t[k + 1:e], j)
                        i = text_start = e + 1
                        continue
                yield ('invalid', None, j)
                i = text_start = k
                continue
            if k < n and _is_ident_start(t[k]):
                e = k + 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
                yield ('named', t[k:e], j)
                i = text_start = e
                continue
            yield ('invalid', None, j)
            i = text_start = k
        if text_start < n:
            yield ('text', t[text_start:], text_start)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind == 'text' or kind == 'escaped':
                out.append(text)
            elif kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
            else:
                out.append('%s' % (mapping[text],))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        t = self.template
        for kind, text, pos in self._scan():
            if kind == 'text' or kind == 'escaped':
                out.append(text)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    if kind == 'braced':
                        out.append(self.delimiter + '{' + text + '}')
                    else:
                        out.append(self.delimiter + text)
        return ''.join(out)

    def is_valid(self):
        for kind, text, pos in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, pos in self._scan():
            if (kind == 'named' or kind == 'braced') and text not in ids:
                ids.append(text)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """str.format as overridable steps: parse, get_field, get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to '
                                         'automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        # Yields (literal_text, field_name, format_spec, conversion) like _string.formatter_parser.
        s = format_string
        n = len(s)
        i = 0
        lit = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    # An escaped brace ends the literal run (as _string.formatter_parser).
                    lit.append('{')
                    yield ''.join(lit), None, None, None
                    lit = []
                    i += 2
                    continue
                if i + 1 == n:
                    raise ValueError("Single '{' encountered in format string")
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conv = None
                spec = ''
                k = 0
                # field name runs until '!' or ':' outside brackets
                while k < len(field) and field[k] not in '!:':
                    if field[k] == '[':
                        while k < len(field) and field[k] != ']':
                            k += 1
                    k += 1
                name = field[:k]
                rest = field[k:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError("end of string while looking for conversion specifier")
                    conv = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError("expected ':' after conversion specifier")
                if rest.startswith(':'):
                    spec = rest[1:]
                yield ''.join(lit), name, spec, conv
                lit = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    lit.append('}')
                    yield ''.join(lit), None, None, None
                    lit = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                lit.append(c)
                i += 1
        if lit:
            yield ''.join(lit), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(name):
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            e = k + 1
            while e < len(name) and name[e] not in '.[':
                e += 1
            rest.append((True, name[k + 1:e]))
            k = e
        else:
            e = name.find(']', k)
            if e < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:e]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            k = e + 1
    return first, rest
