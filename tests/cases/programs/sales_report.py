"""Parsing CSV-like sales data by hand and printing an aligned report with grouped totals."""
DATA = """region,rep,quarter,units,unit_price
North,Alice,Q1,120,9.99
North,Alice,Q2,135,9.99
North,Bob,Q1,80,12.50
South,Carol,Q1,200,7.25
South,Carol,Q2,,7.25
South,Dan,Q2,95,11.00
East,"Eve, Jr.",Q1,60,20.00
East,"Eve, Jr.",Q3,75,19.50
West,Frank,Q4,abc,5.00
"""


def split_csv(line):
    fields, cur, quoted = [], [], False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    fields.append("".join(cur))
    return fields


lines = DATA.strip().splitlines()
header = split_csv(lines[0])
rows, problems = [], []
for lineno, line in enumerate(lines[1:], start=2):
    rec = dict(zip(header, split_csv(line), strict=True))
    try:
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
    except ValueError as e:
        problems.append(f"line {lineno}: {e}")
        continue
    rec["revenue"] = round(rec["units"] * rec["unit_price"], 2)
    rows.append(rec)

print(" | ".join(f"{h:^10}" for h in header + ["revenue"]))
print("-+-".join("-" * 10 for _ in range(len(header) + 1)))
for r in sorted(rows, key=lambda r: (-r["revenue"], r["rep"])):
    print(f"{r['region']:<10} | {r['rep']:<10} | {r['quarter']:^10} | {r['units']:>10,} | {r['unit_price']:>10.2f} | {r['revenue']:>10,.2f}")
print(*problems, sep="\n")

totals = {}
for r in rows:
    region = totals.setdefault(r["region"], {"units": 0, "revenue": 0.0, "reps": set()})
    region["units"] += r["units"]
    region["revenue"] += r["revenue"]
    region["reps"].add(r["rep"])
grand = sum(t["revenue"] for t in totals.values())
for name, t in sorted(totals.items(), key=lambda kv: kv[1]["revenue"], reverse=True):
    share = t["revenue"] / grand
    bar = "█" * round(share * 40)
    print(f"{name:6} {t['units']:5d} {t['revenue']:10.2f} {share:6.1%} {bar} {sorted(t['reps'])}")
print(f"{'TOTAL':6} {sum(t['units'] for t in totals.values()):5d} {grand:10.2f}")
by_q = {}
for r in rows:
    by_q[r["quarter"]] = by_q.get(r["quarter"], 0) + r["units"]
print(dict(sorted(by_q.items())), max(by_q, key=by_q.get), min(by_q.values()))
best = max(rows, key=lambda r: r["revenue"] / r["units"])
print(best["rep"], f"{best['revenue'] / best['units']:.3f}", any(r["units"] > 150 for r in rows), all(r["unit_price"] > 5 for r in rows))
print(f"{grand:e}", f"{grand:.3g}", f"{int(grand):#x}", f"{int(grand):_b}", f"{-grand:+.1f}", f"{0.5:%}")
try:
    dict(zip(header, split_csv("a,b"), strict=True))
except ValueError as e:
    print("ValueError", e)
