# io: BlockingIOError, text_encoding, open_code, IncrementalNewlineDecoder, BufferedRWPair.
import io
import os

print(io.BlockingIOError is BlockingIOError)
print(io.text_encoding(None), io.text_encoding('utf-8'), io.text_encoding(None, 3))

d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode('a\r\nb\rc\r')), repr(d.decode('\nx', final=True)), repr(d.newlines), d.getstate())
d.reset()
print(repr(d.newlines), d.getstate())
d = io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode('a\r')), d.getstate())
print(repr(d.decode('')), d.getstate())
print(repr(d.decode('', final=True)), d.getstate(), repr(d.newlines))
d.setstate((b'', 1))
print(repr(d.decode('\n')), repr(d.newlines))
for text in ['x\n', 'x\ny\r\n', 'x\ry\n', 'a\rb\nc\r\n', '']:
    d = io.IncrementalNewlineDecoder(None, True)
    print(repr(d.decode(text, final=True)), repr(d.newlines))


class Latin1:
    def decode(self, b, final=False):
        return b.decode('latin-1')

    def getstate(self):
        return (b'', 0)

    def setstate(self, st):
        pass

    def reset(self):
        pass


d = io.IncrementalNewlineDecoder(Latin1(), True)
print(repr(d.decode(b'a\r\n\xe9')), repr(d.decode(b'\r', final=True)), repr(d.newlines))

p = io.BufferedRWPair(io.BytesIO(b'hello world'), io.BytesIO())
print(p.read(2), p.peek(1)[:1], p.read(3), p.write(b'xy'), p.readable(), p.writable(),
      p.seekable(), p.closed)
print(p.read(), p.read1(5), p.readinto(bytearray(2)), p.flush())
print(p.isatty())
p.close()
print(p.closed)
print(issubclass(io.BufferedRWPair, io.BufferedIOBase))

path = 'io_gaps_open_code.tmp'
with open(path, 'w') as f:
    f.write('print(1)\n')
with io.open_code(path) as f:
    print(f.read(), f.mode)
os.remove(path)
try:
    io.open_code(b'x')
except TypeError as e:
    print(e)
