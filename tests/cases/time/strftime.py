import time
fmts = ["%Y-%m-%d", "%H:%M:%S", "%a %A %b %B", "%j %p %I %y", "%%", "%d/%m/%Y %H:%M",
        "plain text", "%Y%m%dT%H%M%S", "%w %u", "%F %T", "%D"]
for s in [0, 1234567890, 951782400, 1700000000, 1709164800 + 13 * 3600 + 5]:
    t = time.gmtime(s)
    for f in fmts:
        print(repr(f), repr(time.strftime(f, t)))
    print(time.asctime(t))
print(time.strftime("%Y", (2021, 1, 1, 0, 0, 0, 4, 1, 0)))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
try:
    time.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
