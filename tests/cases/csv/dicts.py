import csv, io

text = "name,age,city\r\nann,31,Oslo\r\n\r\nbob,27\r\ncid,40,Rome,extra,more\r\n"
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
r = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(["1,2", "3,4"], fieldnames=["x", "y"])
print(list(r), r.fieldnames)
print(csv.DictReader([]).fieldnames, list(csv.DictReader([])), list(csv.DictReader(["a,b"])))
r = csv.DictReader(["a;b", "1;2"], delimiter=";")
print(list(r))
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["name", "age"])
print(w.writeheader())
w.writerow({"name": "ann", "age": 31})
w.writerow({"name": "bob"})
w.writerows([{"age": 5}, {"name": "x,y", "age": None}])
print(repr(buf.getvalue()))
try:
    w.writerow({"name": "c", "zip": 1})
except ValueError as e:
    print("ValueError", e)
buf = io.StringIO()
w = csv.DictWriter(buf, ["a", "b"], restval="NA", extrasaction="ignore", dialect="unix")
w.writerow({"a": 1, "zzz": 3})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(buf, ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, csv.get_dialect("pipes").quoting)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a", 1])
print(repr(buf.getvalue()), list(csv.reader(['"a"|"1"'], "pipes")))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


buf = io.StringIO()
csv.writer(buf, Semi).writerow(["a;b", "c"])
print(repr(buf.getvalue()), list(csv.reader(["'a;b'; c"], Semi)))
csv.register_dialect("semi", Semi)
print(csv.get_dialect("semi").skipinitialspace)
csv.unregister_dialect("semi")
for op in [lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("semi")]:
    try:
        op()
    except csv.Error as e:
        print("Error", e)
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator), csv.field_size_limit())
try:
    csv.register_dialect(1)
except TypeError as e:
    print("TypeError", e)
