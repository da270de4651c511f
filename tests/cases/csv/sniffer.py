# csv.Sniffer: sniff (quote and delimiter patterns, frequency tables, preferred delimiters,
# restricted delimiter sets, doublequote, skipinitialspace) and has_header; dialect objects.
import csv
import io

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\nann;31;"Paris, FR"\nbob;25;"Oslo"\n',
    '"x" , "y"\n"1" , "2"\n',
    "'a'|'b'|'c'\n'1'|'2'|'3'\n",
    'a\tb\tc\n1\t2\t3\n',
    'one two three\nfour five six\n',
    'k:v:w\n1:2:3\n4:5:6\n',
    '"He said ""hi""",2\n"x",3\n',
    '"only"\n"quoted"\n"column"\n',
    'a, b, c\n1, 2, 3\n',
    'x;y,z\n1;2,3\n4;5,6\n',
    '\n'.join('%d,%d;%d' % (i, i * 2, i * 3) for i in range(25)) + '\n',
    'Date,Open,High\n2024-01-02,10.5,11\n2024-01-03,10.7,11.2\n',
]
sn = csv.Sniffer()
print(sn.preferred)
for s in samples:
    try:
        d = sn.sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
              repr(d.lineterminator), d.quoting, d._name, d.escapechar)
        print("  ", list(csv.reader(io.StringIO(s), d))[:2])
    except csv.Error as e:
        print("Error", e)

print(repr(sn.sniff('a;b,c\n1;2,3\n', delimiters=';').delimiter))
print(repr(sn.sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter))
for bad in ['abc\ndef\n', '', 'x']:
    try:
        print(repr(sn.sniff(bad).delimiter))
    except csv.Error as e:
        print("Error", e)

headers = [
    'name,age,height\nann,31,1.70\nbob,25,1.82\ncy,40,1.65\n',
    '1,2,3\n4,5,6\n7,8,9\n',
    'id,value\n1,abc\n2,def\n3,ghi\n',
    'aa,bbb\ncc,ddd\nee,fff\n',
    'title,count\n"x, y",3\n"z",4\n',
    'a,b\n1,2\n3\n4,5\n',
]
for h in headers:
    try:
        print(sn.has_header(h))
    except csv.Error as e:
        print(type(e), e)

d = sn.sniff(samples[1])
out = io.StringIO()
w = csv.writer(out, d)
w.writerow(["a;b", 'quote', 3])
try:
    w.writerow(['q"uote'])
except csv.Error as e:
    print("Error", e)
print(repr(out.getvalue()))
print(issubclass(d, csv.Dialect), isinstance(d(), csv.Dialect))
