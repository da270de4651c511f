import csv, io

def out(rows, **kw):
    buf = io.StringIO()
    try:
        w = csv.writer(buf, **kw)
        for row in rows:
            w.writerow(row)
        print(repr(buf.getvalue()))
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e, repr(buf.getvalue()))

out([["a", "b", "c"], [1, 2.5, None], []])
out([["has,comma", 'has "quote"', "new\nline", "cr\rhere", "", " sp "]])
out([[""]])
out([[None]])
out([["x", ""]])
out([["a", 1, 2.0, True]], quoting=csv.QUOTE_ALL)
out([["a", 1, 2.0, True, None]], quoting=csv.QUOTE_NONNUMERIC)
out([["a,b", "c"]], quoting=csv.QUOTE_NONE)
out([["a,b", 'c"d']], quoting=csv.QUOTE_NONE, escapechar="\\")
out([[""]], quoting=csv.QUOTE_NONE)
out([['q"x']], doublequote=False)
out([['q"x', "e\\s"]], doublequote=False, escapechar="\\")
out([["a", "b"]], dialect="unix")
out([["a", "b"]], dialect="excel-tab")
out([["a", "b"]], delimiter=";", lineterminator="\n")
out([["x;y", "z"]], delimiter=";")
out([3])
out(["abc"])
out([(x for x in "gen")])
out([["1.5", 1.5, 10 ** 20, -0.0, float("inf")]])
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["ab", "c"]), w.writerows([[1], [2, 3]]), repr(buf.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator))
try:
    csv.writer(42)
except TypeError as e:
    print("TypeError", e)
rows = [["id", "text"], [1, 'say "hi", then\nleave'], [2, ""], [3, "plain"]]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=""))))
