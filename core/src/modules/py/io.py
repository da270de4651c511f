# io: in-memory streams (StringIO, BytesIO) and the file objects `open()` returns. All glue,
# so Python; the platform's files are reached through native `_io` (handles and bytes).
import _io

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self, msg="I/O operation on closed file."):
        if self._closed:
            raise ValueError(msg)

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def _unsupported(self, name):
        raise UnsupportedOperation(name)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


def _check_int(size, name="size"):
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)


# ---- StringIO ----

class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._value = ''
        self._pos = 0
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def newlines(self):
        if self._newline not in (None, '') or not self._seen:
            return None
        found = tuple(n for n in ('\r', '\n', '\r\n') if n in self._seen)
        return found[0] if len(found) == 1 else found

    @property
    def line_buffering(self):
        return False

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def getvalue(self):
        self._check()
        return self._value

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None or nl == '':
            for sep in ('\r\n', '\r', '\n'):
                if sep in s.replace('\r\n', '') or (sep == '\r\n' and sep in s):
                    self._seen.add(sep)
        if nl is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl not in ('', '\n'):
            s = s.replace('\n', nl)
        v = self._value
        p = self._pos
        if p == len(v):
            self._value = v + s
        elif p > len(v):
            self._value = v + '\0' * (p - len(v)) + s
        else:
            self._value = v[:p] + s + v[p + len(s):]
        self._pos = p + len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _check_int(size)
        v = self._value
        p = self._pos
        if size < 0:
            end = len(v)
        else:
            end = min(len(v), p + size)
        if p >= end:
            return ''
        self._pos = end
        return v[p:end]

    def _line_end(self, v, p, limit):
        nl = self._newline
        end = len(v) if limit < 0 else min(len(v), p + limit)
        if nl == '':
            i = p
            while i < end:
                c = v[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(v) and v[i + 1] == '\n' and i + 1 < end:
                        return i + 2
                    return i + 1
                i += 1
            return end
        sep = '\n' if nl is None else nl
        i = v.find(sep, p, end)
        if i < 0 or i + len(sep) > end:
            return end
        return i + len(sep)

    def readline(self, size=-1):
        self._check()
        size = _check_int(size)
        v = self._value
        p = self._pos
        if p >= len(v):
            return ''
        e = self._line_end(v, p, size)
        self._pos = e
        return v[p:e]

    def readlines(self, hint=-1):
        self._check_closed()
        return TextIOBase.readlines(self, hint)

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._value)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = size.__index__()
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        if size < len(self._value):
            self._value = self._value[:size]
        return size

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __repr__(self):
        return '<_io.StringIO object>'


# ---- BytesIO ----

def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if type(b).__name__ == 'memoryview':
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(_bytes_like(initial_bytes) if initial_bytes is not None else b'')
        self._pos = 0

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def write(self, b):
        self._check_closed()
        b = _bytes_like(b)
        n = len(b)
        p = self._pos
        buf = self._buf
        if p > len(buf):
            buf.extend(b'\0' * (p - len(buf)))
        buf[p:p + n] = b
        self._pos = p + n
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _check_int(size)
        buf = self._buf
        p = self._pos
        end = len(buf) if size < 0 else min(len(buf), p + size)
        if p >= end:
            return b''
        self._pos = end
        return bytes(buf[p:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        size = _check_int(size)
        buf = self._buf
        p = self._pos
        if p >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), p + size)
        i = buf.find(b'\n', p, end)
        e = end if i < 0 else i + 1
        self._pos = e
        return bytes(buf[p:e])

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        else:
            size = size.__index__()
            if size < 0:
                raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def __repr__(self):
        return '<_io.BytesIO object>'


# ---- files ----

class FileIO(RawIOBase):
    def __init__(self, name, mode='r', closefd=True, opener=None):
        self.name = name
        flags = ''
        if 'r' in mode:
            flags += 'r'
        if 'w' in mode:
            flags += 'wct'
        if 'a' in mode:
            flags += 'ac'
        if 'x' in mode:
            flags += 'wx'
        if '+' in mode:
            flags += 'rw'
        self._readable = 'r' in flags
        self._writable = 'w' in flags or 'a' in flags
        self._h = _io.open(name, flags)
        if 'x' in mode:
            self.mode = 'xb+' if '+' in mode else 'xb'
        elif 'a' in mode:
            self.mode = 'ab+' if '+' in mode else 'ab'
        elif 'w' in mode:
            self.mode = 'rb+' if '+' in mode else 'wb'
        else:
            self.mode = 'rb+' if '+' in mode else 'rb'
        if 'a' in mode:
            _io.seek(self._h, 0, 2)
        self.closefd = closefd

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def fileno(self):
        self._check_closed()
        return self._h

    def read(self, size=-1):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        return _io.read(self._h, _check_int(size))

    def readall(self):
        return self.read(-1)

    def write(self, b):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return _io.write(self._h, b)

    def seek(self, pos, whence=0):
        self._check_closed()
        return _io.seek(self._h, pos, whence)

    def tell(self):
        self._check_closed()
        return _io.seek(self._h, 0, 1)

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self.tell()
        return _io.truncate(self._h, size)

    def close(self):
        if not self._closed:
            self._closed = True
            _io.close(self._h)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        if self._closed:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=%r>' % (self.name, self.mode, self.closefd)


class _Buffered(BufferedIOBase):
    """One buffered file class for reading, writing and both (BufferedReader/Writer/Random
    are its names)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._rbuf = b''
        self._wbuf = []
        self._wlen = 0
        self._size = buffer_size

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def _check_closed(self, msg="I/O operation on closed file."):
        if self.raw.closed:
            raise ValueError(msg)

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def flush(self):
        self._check_closed("flush of closed file")
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wlen = 0
            self.raw.write(data)

    def _drop_read_buffer(self):
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), 1)
            self._rbuf = b''

    def write(self, b):
        self._check_closed("write to closed file")
        if not self.raw.writable():
            raise UnsupportedOperation("write")
        b = _bytes_like(b)
        self._drop_read_buffer()
        self._wbuf.append(bytes(b))
        self._wlen += len(b)
        if self._wlen >= self._size:
            self.flush()
        return len(b)

    def read(self, size=-1):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        self.flush()
        size = _check_int(size)
        if size < 0:
            data = self._rbuf + self.raw.read(-1)
            self._rbuf = b''
            return data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(self._size, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_closed()
        self.flush()
        size = _check_int(size)
        if not self._rbuf:
            self._rbuf = self.raw.read(self._size if size < 0 else max(size, 1))
        if size < 0:
            size = len(self._rbuf)
        data = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._check_closed()
        if not self._rbuf:
            self._rbuf = self.raw.read(self._size)
        return self._rbuf

    def readline(self, size=-1):
        self._check_closed()
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        self.flush()
        size = _check_int(size)
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 or (0 <= size <= len(self._rbuf)):
                break
            chunk = self.raw.read(self._size)
            if not chunk:
                break
            self._rbuf += chunk
        end = len(self._rbuf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, size)
        line = self._rbuf[:end]
        self._rbuf = self._rbuf[end:]
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - len(self._rbuf) + self._wlen

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self.flush()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def truncate(self, size=None):
        self._check_closed()
        self.flush()
        if size is None:
            size = self.tell()
        self._drop_read_buffer()
        return self.raw.truncate(size)

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self):
        return '<_io.%s name=%r>' % (type(self).__name__, self.name)


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class TextIOWrapper(TextIOBase):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("illegal newline type: %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None:
            encoding = 'UTF-8'
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._pending = ''
        self._eof_cr = False

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self.buffer.closed)

    @property
    def mode(self):
        return self._mode

    def _check_closed(self, msg="I/O operation on closed file."):
        if self.buffer.closed:
            raise ValueError(msg)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def detach(self):
        b = self.buffer
        b.flush()
        return b

    def _translate(self, text, final):
        nl = self._newline
        if nl is None:
            if self._eof_cr:
                text = '\r' + text
                self._eof_cr = False
            if not final and text.endswith('\r'):
                text = text[:-1]
                self._eof_cr = True
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _decode(self, data, final):
        # Keep an incomplete UTF-8 sequence at the end for the next chunk.
        if not final and self._encoding.lower().replace('-', '') in ('utf8', 'utf8sig'):
            cut = len(data)
            k = 0
            while k < 3 and cut - k - 1 >= 0 and (data[cut - k - 1] & 0xC0) == 0x80:
                k += 1
            if cut - k - 1 >= 0:
                lead = data[cut - k - 1]
                need = 1 if lead < 0x80 else 2 if lead >= 0xC0 and lead < 0xE0 else 3 if lead < 0xF0 else 4
                if need > k + 1:
                    self._carry = data[cut - k - 1:]
                    data = data[:cut - k - 1]
        return data.decode(self._encoding, self._errors)

    _carry = b''

    def _read_chunk(self):
        data = self.buffer.read1(DEFAULT_BUFFER_SIZE)
        final = not data
        data = self._carry + data
        self._carry = b''
        self._pending += self._translate(self._decode(data, final), final)
        return not final

    def read(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _check_int(size)
        if size < 0:
            data = self._carry + self.buffer.read()
            self._carry = b''
            text = self._pending + self._translate(self._decode(data, True), True)
            self._pending = ''
            return text
        while len(self._pending) < size and self._read_chunk():
            pass
        text = self._pending[:size]
        self._pending = self._pending[size:]
        return text

    def readline(self, size=-1):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _check_int(size)
        sep = '\n' if self._newline in (None, '\n', '') else self._newline
        while True:
            i = self._pending.find(sep)
            if self._newline == '':
                j = self._pending.find('\r')
                if j >= 0 and (i < 0 or j < i):
                    if j + 1 < len(self._pending) or not self._read_chunk():
                        i = j + 1 if self._pending[j + 1:j + 2] != '\n' else j + 2
                        line = self._pending[:i]
                        self._pending = self._pending[i:]
                        return line
                    continue
            if i >= 0:
                end = i + len(sep)
                break
            if 0 <= size <= len(self._pending) or not self._read_chunk():
                end = len(self._pending)
                break
        if size >= 0:
            end = min(end, size)
        line = self._pending[:end]
        self._pending = self._pending[end:]
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        n = len(s)
        if self._newline not in (None, '', '\n'):
            s = s.replace('\n', self._newline)
        if self._pending:
            self._rewind()
        self.buffer.write(s.encode(self._encoding, self._errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return n

    def _rewind(self):
        back = len(self._pending.encode(self._encoding)) + len(self._carry)
        self._pending = ''
        self._carry = b''
        self.buffer.seek(-back, 1)

    def tell(self):
        self._check_closed()
        self.buffer.flush()
        return (self.buffer.tell() - len(self._pending.encode(self._encoding))
                - len(self._carry))

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        if whence == 0 and cookie < 0:
            raise ValueError("negative seek position %d" % cookie)
        self.buffer.flush()
        self._pending = ''
        self._carry = b''
        self._eof_cr = False
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self._mode,
                                                                   self._encoding)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
         opener=None):
    if not isinstance(file, (str, bytes)) and not hasattr(file, '__fspath__'):
        if isinstance(file, int):
            raise OSError("file descriptors are not supported here")
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(file).__name__)
    if hasattr(file, '__fspath__'):
        file = file.__fspath__()
    if isinstance(file, bytes):
        file = file.decode()
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most "
                         "one plus")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        pass
    raw = FileIO(file, (creating and 'x' or '') + (reading and 'r' or '')
                 + (writing and 'w' or '') + (appending and 'a' or '')
                 + (updating and '+' or ''), closefd, opener=opener)
    if buffering == 0:
        if binary:
            return raw
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buf = BufferedRandom(raw)
    elif creating or writing or appending:
        buf = BufferedWriter(raw)
    else:
        buf = BufferedReader(raw)
    if binary:
        return buf
    try:
        t = TextIOWrapper(buf, encoding, errors, newline, buffering == 1)
    except Exception:
        raw.close()
        raise
    t._mode = mode
    return t


import builtins as _builtins
_builtins.open = open


BlockingIOError = _builtins.BlockingIOError


def text_encoding(encoding, stacklevel=2):
    """The encoding a text function uses when given `encoding` (None means the locale's)."""
    return "locale" if encoding is None else encoding


def open_code(path):
    """Opens a file of code for reading, as bytes (what import hooks may intercept)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or none: str input) and translates or records the newline
    kinds seen; a trailing '\r' is held back until the next chunk shows whether '\n' follows."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seennl = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seennl = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seennl]


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer (two raw streams) used as one buffered stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        if size is None:
            size = -1
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def seekable(self):
        return False

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed
