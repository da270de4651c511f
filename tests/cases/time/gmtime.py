import time
for s in [0, 1, 59, 86399, 86400, 951782400, 1234567890, 1700000000.75, -1, -86400 * 365 * 80,
          4102444800, 253402300799, 68256000, 1709164800]:
    t = time.gmtime(s)
    print(t)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday,
          t.tm_isdst, t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], tuple(t)[:3])
print(isinstance(time.gmtime(), time.struct_time), isinstance(time.gmtime(0), tuple))
t = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(t, t.tm_mday, t == (2020, 2, 29, 12, 30, 45, 5, 60, 0))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
