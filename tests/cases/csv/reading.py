import csv, io

def show(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        print([row for row in r], r.line_num)
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

show(["a,b,c\r\n", "1,2,3\r\n"])
show(["a,b,c", "", "x"])
show(['"quoted, comma",plain,"with ""double"" quotes"\r\n'])
show(['"multi\n', 'line",x\n', 'next,row\n'])
show(["a, b,  c"], skipinitialspace=True)
show(["a, b,  c"])
show(["a;b;c"], delimiter=";")
show(["a\tb\tc"], dialect="excel-tab")
show(["a\\,b,c\\\\d"], escapechar="\\")
show(['"a\\"b",c'], escapechar="\\", doublequote=False)
show(['"a"b,c'])
show(['"a"b,c'], strict=True)
show(['"abc'])
show(['"abc'], strict=True)
show(["a\0b"])
show(["a,b\rc,d"])
show(["1,2.5,'x',abc"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")
show(['1,"2",3'], quoting=csv.QUOTE_NONNUMERIC)
show(['"a",b'], quoting=csv.QUOTE_NONE)
show([b"a,b"])
show(["a,b,", ",", ",,"])
show(["a|b|c"], delimiter="|", quotechar="|", quoting=csv.QUOTE_NONE)
show(['x,"",y'])
show(['"a\r\nb",c\r\n'])
show(["a\\\n", "b,c\n"], escapechar="\\")
f = io.StringIO("name,age\r\nann,31\r\nbob,27\r\n")
r = csv.reader(f)
print(next(r), r.line_num, list(r), r.line_num)
print(r.dialect.delimiter, repr(r.dialect.lineterminator), r.dialect.quoting, r.dialect.doublequote, r.dialect.strict)
for kw in [{"delimiter": ""}, {"delimiter": "ab"}, {"delimiter": 1}, {"quotechar": "ab"}, {"quotechar": None},
           {"quoting": 7}, {"lineterminator": 5}, {"escapechar": "xy"}, {"dialect": "nope"}, {"bogus": 1}]:
    try:
        csv.reader([], **kw)
        print("ok", kw)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
try:
    r.dialect.delimiter = ";"
except AttributeError as e:
    print("AttributeError")
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
