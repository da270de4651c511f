# time: the clocks come from the native `_time` (the platform's clock hook); the calendar
# helpers below are glue, so they are Python. Local time is UTC here: the core knows no
# time zones.
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, sleep)

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = seq[9:] + (None,) * (11 - len(seq))
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        parts = ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self))
        return 'time.struct_time(' + parts + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z):
    z += 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _secs(secs):
    if secs is None:
        return time_ns() // 1000000000
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if secs in (float('inf'), float('-inf')):
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1)
    return secs.__index__()


def gmtime(secs=None):
    s = _secs(secs)
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, 0, 'GMT', 0))


def localtime(secs=None):
    return gmtime(secs)


def mktime(t):
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('mktime(): illegal time tuple argument')
    y, m, d, hh, mm, ss = t[:6]
    days = _days_from_civil(y + (m - 1) // 12, (m - 1) % 12 + 1, 1) + d - 1
    return float(days * 86400 + hh * 3600 + mm * 60 + ss)


_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')


def _tuple(t):
    if t is None:
        return localtime()
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('function takes exactly 9 arguments (%d given)' % len(t))
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError('month out of range')
    return t


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not ' + type(format).__name__)
    t = _tuple(t)
    y, mon, d, hh, mm, ss, wd, yd = t[:8]
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        f = format[i + 1]
        i += 2
        if f == 'Y':
            out.append(str(y))
        elif f == 'm':
            out.append('%02d' % mon)
        elif f == 'd':
            out.append('%02d' % d)
        elif f == 'e':
            out.append('%2d' % d)
        elif f == 'H':
            out.append('%02d' % hh)
        elif f == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif f == 'M':
            out.append('%02d' % mm)
        elif f == 'S':
            out.append('%02d' % ss)
        elif f == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif f == 'y':
            out.append('%02d' % (y % 100))
        elif f == 'j':
            out.append('%03d' % yd)
        elif f == 'a':
            out.append(_DAYS[wd % 7][:3])
        elif f == 'A':
            out.append(_DAYS[wd % 7])
        elif f == 'b' or f == 'h':
            out.append(_MONTHS[(mon - 1) % 12][:3])
        elif f == 'B':
            out.append(_MONTHS[(mon - 1) % 12])
        elif f == 'w':
            out.append(str((wd + 1) % 7))
        elif f == 'u':
            out.append(str(wd + 1))
        elif f == 'Z':
            out.append('UTC')
        elif f == 'z':
            out.append('+0000')
        elif f == 'F':
            out.append('%d-%02d-%02d' % (y, mon, d))
        elif f == 'T':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif f == 'D' or f == 'x':
            out.append('%02d/%02d/%02d' % (mon, d, y % 100))
        elif f == 'X':
            out.append('%02d:%02d:%02d' % (hh, mm, ss))
        elif f == 'c':
            out.append(asctime(t))
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def asctime(t=None):
    t = _tuple(t)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7][:3], _MONTHS[(t[1] - 1) % 12][:3],
                                            t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def get_clock_info(name):
    raise ValueError('unknown clock')
