# time: clock_gettime and the CLOCK_* ids, thread_time, tzset, strptime.
import time

for name in ['CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID',
             'CLOCK_THREAD_CPUTIME_ID', 'CLOCK_MONOTONIC_RAW', 'CLOCK_BOOTTIME', 'CLOCK_TAI']:
    print(name, getattr(time, name))

for clk in [time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
            time.CLOCK_THREAD_CPUTIME_ID]:
    s = time.clock_gettime(clk)
    ns = time.clock_gettime_ns(clk)
    print(clk, type(s).__name__, type(ns).__name__, s >= 0, ns >= 0)
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(b >= a)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
print(type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__,
      time.thread_time() >= 0)
print(time.tzset())

for t in ['time.clock_gettime()', 'time.clock_gettime(99)', 'time.clock_gettime("a")',
          'time.clock_gettime_ns(99)', 'time.thread_time(1)', 'time.thread_time_ns(1)',
          'time.strptime()', 'time.strptime("a")', 'time.tzset(1)', 'time.clock_gettime(1, 2)',
          'time.strptime("2020", "%Q")', 'time.strptime("2020", "%Y %")',
          'time.strptime("2020x", "%Y")', 'time.strptime("20", "%Y")',
          'time.strptime(1, "%Y")', 'time.strptime("2023-02-30", "%Y-%m-%d")',
          'time.strptime("13", "%m")']:
    try:
        print(t, eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)

cases = [
    ('2020', '%Y'),
    ('2024-03-05 14:07:09.123 +0130', '%Y-%m-%d %H:%M:%S.%f %z'),
    ('2024-03-05T14:07:09-05:30', '%Y-%m-%dT%H:%M:%S%z'),
    ('2024-03-05 Z', '%Y-%m-%d %z'),
    ('5 PM', '%I %p'),
    ('12 am', '%I %p'),
    ('12 PM', '%I %p'),
    ('Tue Mar  5 14:07:09 2024', None),
    ('2024 UTC', '%Y %Z'),
    ('1999 gmt', '%Y %Z'),
    ('Mon 2024-03-05', '%a %Y-%m-%d'),
    ('Friday, December 31, 1999', '%A, %B %d, %Y'),
    ('31 dec 99', '%d %b %y'),
    ('1 jan 68', '%d %b %y'),
    ('1 jan 69', '%d %b %y'),
    ('2024 060', '%Y %j'),
    ('2023 365', '%Y %j'),
    ('100%', '%d%%'),
    ('12/31/99 23:59:59', '%x %X'),
    ('Tue Mar  5 14:07:09 2024', '%c'),
    ('  2024', '%Y'),
    ('2024    03', '%Y %m'),
    ('3', '%w'),
]
for data, fmt in cases:
    try:
        t = time.strptime(data) if fmt is None else time.strptime(data, fmt)
        print(repr(data), fmt, tuple(t), t.tm_zone, t.tm_gmtoff)
    except ValueError as e:
        print(repr(data), fmt, 'ValueError', e)
