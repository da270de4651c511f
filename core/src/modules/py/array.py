# array: typed arrays of numbers. Frozen Python over a list of checked items; the byte
# forms (tobytes/frombytes/byteswap) go through native `_struct` with native sizes, so they
# match the machine layout CPython uses.
import _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_C_LONG_BITS = _struct.calcsize('l') * 8
_RANGE = {
    'b': (-128, 127, 'signed char'), 'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'), 'H': (0, 65535, 'unsigned short'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer'),
}


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return f(v)


def _check(code, v):
    if code in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        else:
            try:
                x = type(v).__float__(v)
            except AttributeError:
                try:
                    x = float(type(v).__index__(v))
                except AttributeError:
                    raise TypeError('must be real number, not %s' % type(v).__name__)
        if code == 'f':
            x = _struct.unpack('f', _struct.pack('f', x))[0]
        return x
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    n = _index(v)
    if code in _RANGE:
        lo, hi, name = _RANGE[code]
        if not -2 ** (_C_LONG_BITS - 1) <= n < 2 ** (_C_LONG_BITS - 1):
            raise OverflowError('Python int too large to convert to C long')
        if n < lo:
            raise OverflowError(name + ' is less than minimum')
        if n > hi:
            raise OverflowError(name + ' is greater than maximum')
        return n
    if code == 'I':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2 ** _C_LONG_BITS:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if n > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
        return n
    if code == 'l':
        if not -2 ** (_C_LONG_BITS - 1) <= n < 2 ** (_C_LONG_BITS - 1):
            raise OverflowError('Python int too large to convert to C long')
        return n
    if code == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n >= 2 ** _C_LONG_BITS:
            raise OverflowError('Python int too large to convert to C unsigned long')
        return n
    if code == 'q':
        if not -2 ** 63 <= n < 2 ** 63:
            raise OverflowError('int too big to convert')
        return n
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n >= 2 ** 64:
        raise OverflowError('int too big to convert')
    return n


def _struct_code(code):
    return 'I' if code == 'u' else code


def _checked(code, vals, out=None):
    """The items of `vals` converted for typecode `code`, appended to `out` (a new list if
    None). Fast path: a native pack/unpack round trip converts and range-checks them all; on
    any failure they are checked one by one, so the exact error is raised with the items
    before it already appended (as `extend` does)."""
    if out is None:
        out = []
    if code != 'u':
        fmt = '%d%s' % (len(vals), code)
        try:
            out.extend(_struct.unpack(fmt, _struct.pack(fmt, *vals)))
            return out
        except Exception:
            pass
    for v in vals:
        out.append(_check(code, v))
    return out


class array:
    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __init__(self, *args):
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        typecode = args[0]
        initializer = args[1] if len(args) > 1 else None
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._code == 'u') != (typecode == 'u'):
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            self._items = _checked(typecode, initializer._items)
        else:
            self._items = _checked(typecode, list(initializer))

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _struct.calcsize(_struct_code(self._code))

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (what, type(other).__name__))
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')

    def _new(self, items):
        a = array(self._code)
        a._items = items
        return a

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            items = list(v._items)
            if i.step not in (None, 1):
                n = len(range(*i.indices(len(self._items))))
                if n != len(items):
                    raise ValueError('attempt to assign array of size %d to extended slice of '
                                     'size %d' % (len(items), n))
            self._items[i] = items
            return
        i = _index(i)
        v = _check(self._code, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_index(i)]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def append(self, v):
        self._items.append(_check(self._code, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        _checked(self._code, list(iterable), self._items)

    def insert(self, i, v):
        self._items.insert(_index(i), _check(self._code, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self._items.extend(_checked(self._code, lst))

    def tobytes(self):
        items = self._items
        if self._code == 'u':
            items = [ord(c) for c in items]
        return _struct.pack('%d%s' % (len(items), _struct_code(self._code)), *items)

    def frombytes(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        size = self.itemsize
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        vals = _struct.unpack('%d%s' % (len(b) // size, _struct_code(self._code)), b)
        if self._code == 'u':
            vals = [chr(v) for v in vals]
        self._items.extend(vals)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        out = bytearray()
        for k in range(0, len(data), size):
            out += data[k:k + size][::-1]
        self._items = []
        self.frombytes(out)

    def buffer_info(self):
        return (0, len(self._items))

    def __add__(self, other):
        self._same(other, 'append')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self._same(other, 'extend')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return (array, (self._code, list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._code
        if self._code == 'u':
            return 'array(%r, %r)' % (self._code, ''.join(self._items))
        return 'array(%r, %r)' % (self._code, self._items)


ArrayType = array
