# time: the clocks come from the native `_time` (the platform's clock hook); the calendar
# helpers below are glue, so they are Python. Local time is UTC here: the core knows no
# time zones.
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, sleep, thread_time, thread_time_ns,
                   clock_gettime, clock_gettime_ns, CLOCK_REALTIME, CLOCK_MONOTONIC,
                   CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, CLOCK_MONOTONIC_RAW,
                   CLOCK_BOOTTIME, CLOCK_TAI)

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


def _gmtime(secs=None):
    s = _secs(secs)
    days, rem = divmod(s, 86400)
    y, m, d = _civil_from_days(days)
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, 0, 'GMT', 0))


def _localtime(secs=None):
    return _gmtime(secs)


def _mktime(t):
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
        return _localtime()
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('function takes exactly 9 arguments (%d given)' % len(t))
    if not 1 <= t[1] <= 12 and t[1] != 0:
        raise ValueError('month out of range')
    return t


def _strftime(format, t=None):
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
            out.append(_asctime(t))
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)


def _asctime(t=None):
    t = _tuple(t)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6] % 7][:3], _MONTHS[(t[1] - 1) % 12][:3],
                                            t[2], t[3], t[4], t[5], t[0])


def _ctime(secs=None):
    return _asctime(_localtime(secs))


def _get_clock_info(name):
    raise ValueError('unknown clock')


def tzset(*args):
    """Re-reads the TZ setting: a no-op, since local time is always UTC here."""
    if args:
        raise TypeError('time.tzset() takes no arguments (%d given)' % len(args))


# ---- strptime: the format becomes a regular expression, one group per directive ----

_DIRECTIVES = {
    'Y': r'(?P<Y>\d\d\d\d)',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'y': r'(?P<y>\d\d)',
    'w': r'(?P<w>[0-6])',
    'p': r'(?P<p>am|pm)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'Z': r'(?P<Z>utc|gmt)',
    '%': '%',
}
_EXPAND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _names(key, names):
    alts = sorted(names, key=len, reverse=True)
    return '(?P<%s>%s)' % (key, '|'.join(alts))


def _strptime_regex(format):
    import re
    out = []
    i = 0
    seen = set()
    while i < len(format):
        c = format[i]
        if c != '%':
            out.append(r'\s+' if c.isspace() else re.escape(c))
            i += 1
            continue
        if i + 1 >= len(format):
            raise ValueError("stray %% in format '%s'" % format)
        d = format[i + 1]
        i += 2
        if d in _EXPAND:
            out.append(_strptime_regex(_EXPAND[d]))
            continue
        if d == 'a':
            pat = _names('a', [n[:3] for n in _DAYS])
        elif d == 'A':
            pat = _names('A', _DAYS)
        elif d == 'b':
            pat = _names('b', [n[:3] for n in _MONTHS])
        elif d == 'B':
            pat = _names('B', _MONTHS)
        elif d in _DIRECTIVES:
            pat = _DIRECTIVES[d]
        else:
            raise ValueError(d)
        if d in seen and d != '%':
            # A directive used twice: the regex may not name a group twice.
            pat = '(?:%s)' % pat.replace('(?P<%s>' % d, '(?:')
        seen.add(d)
        out.append(pat)
    return ''.join(out)


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    import re
    for arg in (data_string, format):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument 0 must be str, not %s' % type(arg))
    try:
        regex = _strptime_regex(format)
    except ValueError as e:
        bad = str(e)
        if bad.startswith('stray'):
            raise ValueError("stray %% in format '%s'" % format) from None
        raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
    found = re.match(regex, data_string, re.IGNORECASE)
    if found is None:
        raise ValueError('time data %r does not match format %r' % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError('unconverted data remains: %s' % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    weekday = julian = None
    tz = -1
    gmtoff = None
    zone = None
    if g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('Y') is not None:
        year = int(g['Y'])
    if g.get('m') is not None:
        month = int(g['m'])
    if g.get('B') is not None:
        month = [n.lower() for n in _MONTHS].index(g['B'].lower()) + 1
    if g.get('b') is not None:
        month = [n[:3].lower() for n in _MONTHS].index(g['b'].lower()) + 1
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    if g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm == 'pm' and hour != 12:
            hour += 12
        elif ampm == 'am' and hour == 12:
            hour = 0
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        fraction = int(g['f'] + '0' * (6 - len(g['f'])))
    if g.get('A') is not None:
        weekday = [n.lower() for n in _DAYS].index(g['A'].lower())
    if g.get('a') is not None:
        weekday = [n[:3].lower() for n in _DAYS].index(g['a'].lower())
    if g.get('w') is not None:
        weekday = (int(g['w']) - 1) % 7
    if g.get('j') is not None:
        julian = int(g['j'])
    if g.get('z') is not None:
        z = g['z']
        if z == 'Z':
            gmtoff = 0
        else:
            if z[3:4] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5 and z[5] != ':':
                    raise ValueError('Inconsistent use of : in %s' % g['z'])
                z = z.replace(':', '')
            sign = -1 if z[0] == '-' else 1
            secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
            gmtoff = sign * secs
    if g.get('Z') is not None:
        zone = g['Z']
        tz = 0
    if julian is None and weekday is None and g.get('d') is not None and month == 2 and day == 29 \
            and g.get('Y') is None and g.get('y') is None:
        year = 1904  # a leap year, so Feb 29 parses (CPython does the same)
    if julian is not None:
        days = _days_from_civil(year, 1, 1) + julian - 1
        year, month, day = _civil_from_days(days)
    else:
        if day > _month_days(year, month):
            raise ValueError('day is out of range for month')
        julian = _days_from_civil(year, month, day) - _days_from_civil(year, 1, 1) + 1
    if weekday is None:
        weekday = (_days_from_civil(year, month, day) + 3) % 7
    return (year, month, day, hour, minute, second, weekday, julian, tz, zone, gmtoff), fraction


def _month_days(y, m):
    if m == 2:
        return 29 if _is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def strptime(*args):
    if len(args) not in (1, 2):
        raise TypeError('strptime() takes at most 2 arguments (%d given)' % len(args)
                        if args else
                        "_strptime_time() missing 1 required positional argument: 'data_string'")
    fields, _ = _strptime(*args)
    return struct_time(fields)


# ---- the public functions: CPython's argument checks (C functions' messages) ----

def _nargs(name, args, kw, lo, hi, style='varargs'):
    if kw:
        prefix = 'time.' if style == 'o' else ''
        raise TypeError('%s%s() takes no keyword arguments' % (prefix, name))
    n = len(args)
    if lo <= n <= hi:
        return
    if style == 'o':
        raise TypeError('time.%s() takes exactly one argument (%d given)' % (name, n))
    if style == 'clinic':
        raise TypeError('%s expected at most %d argument%s, got %d'
                        % (name, hi, '' if hi == 1 else 's', n))
    if lo == hi:
        raise TypeError('%s() takes exactly %d argument%s (%d given)'
                        % (name, lo, '' if lo == 1 else 's', n))
    if n < lo:
        raise TypeError('%s() takes at least %d argument%s (%d given)'
                        % (name, lo, '' if lo == 1 else 's', n))
    raise TypeError('%s() takes at most %d argument%s (%d given)'
                    % (name, hi, '' if hi == 1 else 's', n))


def gmtime(*args, **kw):
    _nargs('gmtime', args, kw, 0, 1)
    return _gmtime(*args)


def localtime(*args, **kw):
    _nargs('localtime', args, kw, 0, 1)
    return _localtime(*args)


def mktime(*args, **kw):
    _nargs('mktime', args, kw, 1, 1, 'o')
    return _mktime(*args)


def strftime(*args, **kw):
    _nargs('strftime', args, kw, 1, 2)
    return _strftime(*args)


def asctime(*args, **kw):
    _nargs('asctime', args, kw, 0, 1, 'clinic')
    return _asctime(*args)


def ctime(*args, **kw):
    _nargs('ctime', args, kw, 0, 1)
    return _ctime(*args)


def get_clock_info(*args, **kw):
    _nargs('get_clock_info', args, kw, 1, 1)
    return _get_clock_info(*args)
