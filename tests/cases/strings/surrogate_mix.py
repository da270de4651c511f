# Random mixes of lone surrogates with other characters through str methods, operators,
# formatting and codecs (generated once by a seeded script; expectations from python3).
try:
    print(ascii((sorted(['\n\udfff', 'b ', '']), hash('\n\udfff') == hash('\n\udfff'[:]), {'\n\udfff': 1}.get('b '))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1b'.find('€b'), '1b'.rfind('€b'), '1b'.count('€b'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['� 😀', '', 'b1\t']), hash('� 😀') == hash('� 😀'[:]), {'� 😀': 1}.get(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1'.translate({55298: '\udfff', 97: None}), '1'.removeprefix(''), '1'.endswith(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.replace('', '0\n'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�\n'.splitlines(True), '�\n'.isprintable(), '�\n'.isidentifier(), '�\n'.isspace(), '�\n'.islower(), '�\n'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('é\t11'.strip('€\udc80'), 'é\t11'.lstrip(), 'é\t11'.rstrip('€\udc80'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' 1b€'.encode('utf-8', 'namereplace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1Σ\udc80'[4:5:-1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.encode('utf-8', 'surrogatepass').decode('latin-1', 'surrogateescape'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�é'.join(['\udbff \t', '\udbff \t']), '\udbff \t' * 2, len('\udbff \t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ß'.find('b'), 'ß'.rfind('b'), 'ß'.count('b'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('01\udc00\udc00\udc80ß'.find('Σ '), '01\udc00\udc00\udc80ß'.rfind('Σ '), '01\udc00\udc00\udc80ß'.count('Σ '))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ß '.splitlines(True), 'ß '.isprintable(), 'ß '.isidentifier(), 'ß '.isspace(), 'ß '.islower(), 'ß '.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1Σ\udbff\udfff\udc80'.encode('utf-32-le', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\tßb€'.partition('\n') if '\n' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udfffß '.encode('ascii', 'surrogatepass'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(([ord(c) for c in '\n�'], list(reversed('\n�')))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udfff😀\n é'.partition('') if '' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('😀aß1é'.split('\udbff'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc801'.join(['�', '�']), '�' * 2, len('�'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['İ', 'bΣ', '\udfff\udfff\udfff']), hash('İ') == hash('İ'[:]), {'İ': 1}.get('bΣ'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.replace('\udfff', '€ '))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('Σ'.strip(''), 'Σ'.lstrip(), 'Σ'.rstrip(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('b\t'.translate({55296: '0', 97: None}), 'b\t'.removeprefix(''), 'b\t'.endswith(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.find('a'), ''.rfind('a'), ''.count('a'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€\udfff\n\ud800\udc80\udc80'.strip('\t'), '€\udfff\n\ud800\udc80\udc80'.lstrip(), '€\udfff\n\ud800\udc80\udc80'.rstrip('\t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ßΣßß\udbff '.strip(''), 'ßΣßß\udbff '.lstrip(), 'ßΣßß\udbff '.rstrip(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc00\ud800ßéİ' < '', '\udc00\ud800ßéİ' == '', '\udc00\ud800ßéİ' + '', '' in '\udc00\ud800ßéİ')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80\n0a'.center(8, '\udc80'), '\udc80\n0a'.zfill(5), '\udc80\n0a'.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['\udc80', '', 'İ\udc00😀€']), hash('\udc80') == hash('\udc80'[:]), {'\udc80': 1}.get(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('😀\udfff😀€İß'.split('a'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\ud800ß\ud800€\udc80Σ'.find('\udc80\udc80'), '\ud800ß\ud800€\udc80Σ'.rfind('\udc80\udc80'), '\ud800ß\ud800€\udc80Σ'.count('\udc80\udc80'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\t'.encode('utf-8', 'surrogatepass').decode('ascii', 'replace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(([ord(c) for c in 'ß'], list(reversed('ß')))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' \t\udfff€ßé'.find('\udc00'), ' \t\udfff€ßé'.rfind('\udc00'), ' \t\udfff€ßé'.count('\udc00'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udfffΣ\udfff éé'.split())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1'.encode('utf-8', 'surrogatepass').decode('latin-1', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('0\naa'.upper(), '0\naa'.lower(), '0\naa'.title(), '0\naa'.swapcase(), '0\naa'.casefold(), '0\naa'.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€€a'.splitlines(True), '€€a'.isprintable(), '€€a'.isidentifier(), '€€a'.isspace(), '€€a'.islower(), '€€a'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('😀1\udc00\ud800'.replace('�\n', '\udc80Σ'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([]).decode('utf-32', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['a\né\n', '\t', '']), hash('a\né\n') == hash('a\né\n'[:]), {'a\né\n': 1}.get('\t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['İİ', 'ß\t', '']), hash('İİ') == hash('İİ'[:]), {'İİ': 1}.get('ß\t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€'.strip('b'), '€'.lstrip(), '€'.rstrip('b'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([141, 231, 244]).decode('ascii', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İ\ud8000€Σ'.encode('utf-8', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('Σ\udc00 '.find('😀�'), 'Σ\udc00 '.rfind('😀�'), 'Σ\udc00 '.count('😀�'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udbff'.upper(), '\udbff'.lower(), '\udbff'.title(), '\udbff'.swapcase(), '\udbff'.casefold(), '\udbff'.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80\n\ud800\nΣ'.strip(''), '\udc80\n\ud800\nΣ'.lstrip(), '\udc80\n\ud800\nΣ'.rstrip(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ßé😀'.encode('utf-8', 'surrogatepass'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�€'.find('\udc00'), '�€'.rfind('\udc00'), '�€'.count('\udc00'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('\udc80a\udc000Σ', 'a', '\udc80a\udc000Σ'), '{:^7}|{!a}'.format('\udc80a\udc000Σ', 'a'), format('\udc80a\udc000Σ', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İ\udbff'.partition(' \t') if ' \t' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.center(4, 'b'), ''.zfill(5), ''.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['é\ud800\n�\ud800\udfff', '', '1ß\udc00 ']), hash('é\ud800\n�\ud800\udfff') == hash('é\ud800\n�\ud800\udfff'[:]), {'é\ud800\n�\ud800\udfff': 1}.get(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('bé'.center(0, ' '), 'bé'.zfill(5), 'bé'.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('a'.join(['\ud800 😀 \ud800\t', '\ud800 😀 \ud800\t']), '\ud800 😀 \ud800\t' * 2, len('\ud800 😀 \ud800\t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�\ud800\nb'[-3:-7:-1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udbff' < '\udbffİ', '\udbff' == '\udbffİ', '\udbff' + '\udbffİ', '\udbffİ' in '\udbff')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(([ord(c) for c in 'Σİ'], list(reversed('Σİ')))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('a\ud800baaİ'.encode('utf-8', 'surrogatepass').decode('ascii', 'backslashreplace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['', '�ß', '\udfffİ\udbff€😀\udc00']), hash('') == hash(''[:]), {'': 1}.get('�ß'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\n'.replace('\udc80', '\na'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''[-7:-6:-2])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İ\udbff😀\udbffbΣ'[-3:0:1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80\udc00'.replace('\udc00😀', '\udbff€'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('éa'.find('\udfff'), 'éa'.rfind('\udfff'), 'éa'.count('\udfff'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([]).decode('utf-8', 'replace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' \n\udfff1b\udfff'.splitlines(True), ' \n\udfff1b\udfff'.isprintable(), ' \n\udfff1b\udfff'.isidentifier(), ' \n\udfff1b\udfff'.isspace(), ' \n\udfff1b\udfff'.islower(), ' \n\udfff1b\udfff'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('😀 ', 'İ\n', '😀 '), '{:^7}|{!a}'.format('😀 ', 'İ\n'), format('😀 ', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([8, 117]).decode('utf-8', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(([ord(c) for c in ''], list(reversed('')))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['', 'Σ', '']), hash('') == hash(''[:]), {'': 1}.get('Σ'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('a0😀ß\ud800'.encode('utf-16', 'surrogateescape'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('0 İ '.find('ß\ud800'), '0 İ '.rfind('ß\ud800'), '0 İ '.count('ß\ud800'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\ud800😀€😀Σß'.encode('utf-8', 'surrogatepass').decode('latin-1', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€ \n\udc00'.translate({55296: 'a', 97: None}), '€ \n\udc00'.removeprefix('\udbff'), '€ \n\udc00'.endswith('\udbff'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('bß\ud800'.encode('utf-8', 'surrogatepass').decode('latin-1', 'surrogateescape'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['\udbffΣΣΣ', '', '\udbff']), hash('\udbffΣΣΣ') == hash('\udbffΣΣΣ'[:]), {'\udbffΣΣΣ': 1}.get(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.splitlines(True), ''.isprintable(), ''.isidentifier(), ''.isspace(), ''.islower(), ''.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' İΣ' < '\udfff', ' İΣ' == '\udfff', ' İΣ' + '\udfff', '\udfff' in ' İΣ')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([184, 67, 143, 57]).decode('utf-16-be', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ß\udfffa'.split())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(([ord(c) for c in 'Σ\udfff\udbff'], list(reversed('Σ\udfff\udbff')))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.join(['\udc00\t\udc00', '\udc00\t\udc00']), '\udc00\t\udc00' * 2, len('\udc00\t\udc00'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc00\udfff\t€a\udbff'.find('\udc80'), '\udc00\udfff\t€a\udbff'.rfind('\udc80'), '\udc00\udfff\t€a\udbff'.count('\udc80'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udfff1 '.center(0, '\ud800'), '\udfff1 '.zfill(5), '\udfff1 '.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.splitlines(True), ''.isprintable(), ''.isidentifier(), ''.isspace(), ''.islower(), ''.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(([ord(c) for c in '\n😀\ud800�İ'], list(reversed('\n😀\ud800�İ')))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�a\udfff00€'.encode('utf-8', 'surrogateescape'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\n\udbffßb'.encode('utf-8', 'surrogatepass').decode('utf-16-le', 'replace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udbff\ud800'.partition('\ud800\udfff') if '\ud800\udfff' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ß0'[3:-5:1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İ'.partition('0') if '0' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['\udc00Σ�', '', '😀']), hash('\udc00Σ�') == hash('\udc00Σ�'[:]), {'\udc00Σ�': 1}.get(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.join(['', '']), '' * 2, len(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' \udc00😀\udc80' < '1', ' \udc00😀\udc80' == '1', ' \udc00😀\udc80' + '1', '1' in ' \udc00😀\udc80')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.encode('utf-8', 'backslashreplace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\ud800\udc00b'.translate({55297: '\n', 97: None}), '\ud800\udc00b'.removeprefix('\ud800'), '\ud800\udc00b'.endswith('\ud800'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('İİ€ \ud800', '', 'İİ€ \ud800'), '{:^7}|{!a}'.format('İİ€ \ud800', ''), format('İİ€ \ud800', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('Σ�\udbff'.upper(), 'Σ�\udbff'.lower(), 'Σ�\udbff'.title(), 'Σ�\udbff'.swapcase(), 'Σ�\udbff'.casefold(), 'Σ�\udbff'.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.translate({55297: 'a', 97: None}), ''.removeprefix('ß'), ''.endswith('ß'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.encode('ascii', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['\t😀\n\nİ\t', 'Σ ', 'ba\n😀1b']), hash('\t😀\n\nİ\t') == hash('\t😀\n\nİ\t'[:]), {'\t😀\n\nİ\t': 1}.get('Σ '))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udbff\n\ud800İ�'.find('\t\t'), '\udbff\n\ud800İ�'.rfind('\t\t'), '\udbff\n\ud800İ�'.count('\t\t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('İ1', '', 'İ1'), '{:^7}|{!a}'.format('İ1', ''), format('İ1', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['😀a', '', 'Σ\ud800']), hash('😀a') == hash('😀a'[:]), {'😀a': 1}.get(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('😀ß'.partition('😀0') if '😀0' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.replace('\udbff', 'a€'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('� \ud800'.encode('utf-8', 'namereplace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.join(['ß', 'ß']), 'ß' * 2, len('ß'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�\udc80\udfff€a'.find('İ'), '�\udc80\udfff€a'.rfind('İ'), '�\udc80\udfff€a'.count('İ'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ß'.splitlines(True), 'ß'.isprintable(), 'ß'.isidentifier(), 'ß'.isspace(), 'ß'.islower(), 'ß'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€😀Σ😀\ud800\udbff'.encode('utf-8', 'surrogatepass').decode('ascii', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�b\n' < 'b', '�b\n' == 'b', '�b\n' + 'b', 'b' in '�b\n')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.replace('\n�', 'bé'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('Σ\udc00\t'[-2:-4:-1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İΣb\udbff\udfff'.encode('utf-16-be', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.center(1, '\udc80'), ''.zfill(5), ''.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\t0€'.splitlines(True), '\t0€'.isprintable(), '\t0€'.isidentifier(), '\t0€'.isspace(), '\t0€'.islower(), '\t0€'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('Σ€'.join(['� bß€\udc80', '� bß€\udc80']), '� bß€\udc80' * 2, len('� bß€\udc80'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('ßa', '�😀', 'ßa'), '{:^7}|{!a}'.format('ßa', '�😀'), format('ßa', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.encode('utf-16', 'namereplace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.find('€'), ''.rfind('€'), ''.count('€'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('b\ud800'.join(['\udc00\udc80\ud800\udc00', '\udc00\udc80\ud800\udc00']), '\udc00\udc80\ud800\udc00' * 2, len('\udc00\udc80\ud800\udc00'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udbffa'.partition(' a') if ' a' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('', 'Σ', ''), '{:^7}|{!a}'.format('', 'Σ'), format('', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\ud800�ß\nßé'.splitlines(True), '\ud800�ß\nßé'.isprintable(), '\ud800�ß\nßé'.isidentifier(), '\ud800�ß\nßé'.isspace(), '\ud800�ß\nßé'.islower(), '\ud800�ß\nßé'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\n😀\udc00\udc00Σ\udc80' < ' İ', '\n😀\udc00\udc00Σ\udc80' == ' İ', '\n😀\udc00\udc00Σ\udc80' + ' İ', ' İ' in '\n😀\udc00\udc00Σ\udc80')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('é😀�'.replace('', 'ß0'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc00é�\t'.center(9, ' '), '\udc00é�\t'.zfill(5), '\udc00é�\t'.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\t'.encode('utf-16-be', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['�', '😀', '\t\udbff\udbff\ud8001\ud800']), hash('�') == hash('�'[:]), {'�': 1}.get('😀'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\ud800\ud800'.encode('utf-16-be', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('😀'.splitlines(True), '😀'.isprintable(), '😀'.isidentifier(), '😀'.isspace(), '😀'.islower(), '😀'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([51, 237, 18]).decode('utf-8', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('😀Σ\udc80'.splitlines(True), '😀Σ\udc80'.isprintable(), '😀Σ\udc80'.isidentifier(), '😀Σ\udc80'.isspace(), '😀Σ\udc80'.islower(), '😀Σ\udc80'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\t' < '', '\t' == '', '\t' + '', '' in '\t')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1€ \udc80'.center(0, '\t'), '1€ \udc80'.zfill(5), '1€ \udc80'.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80€b\udc80\udc00'.replace('', '€\ud800'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€a'.join(['', '']), '' * 2, len(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80é\udbff' < '', '\udc80é\udbff' == '', '\udc80é\udbff' + '', '' in '\udc80é\udbff')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.encode('utf-8', 'surrogatepass').decode('utf-8', 'backslashreplace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.upper(), ''.lower(), ''.title(), ''.swapcase(), ''.casefold(), ''.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('0 é\udfff\ud800'.splitlines(True), '0 é\udfff\ud800'.isprintable(), '0 é\udfff\ud800'.isidentifier(), '0 é\udfff\ud800'.isspace(), '0 é\udfff\ud800'.islower(), '0 é\udfff\ud800'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('b\udbff1'.encode('utf-8', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80€\udfff\udfff€a'.encode('utf-8', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' \udfff1\udc80Σé'.split())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.find('\n\udfff'), ''.rfind('\n\udfff'), ''.count('\n\udfff'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80İé\n'[1:-5:1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('' < 'ß', '' == 'ß', '' + 'ß', 'ß' in '')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\nb'.replace('\udc00', '\udfff '))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('é😀\udfff€ß'.translate({55296: 'b', 97: None}), 'é😀\udfff€ß'.removeprefix(''), 'é😀\udfff€ß'.endswith(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İé\udfff'.upper(), 'İé\udfff'.lower(), 'İé\udfff'.title(), 'İé\udfff'.swapcase(), 'İé\udfff'.casefold(), 'İé\udfff'.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['€', '', 'b\udc00\t\udfffΣ0']), hash('€') == hash('€'[:]), {'€': 1}.get(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udbff�\udbff1😀�'.encode('latin-1', 'backslashreplace'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('a'.encode('utf-8', 'surrogatepass').decode('utf-16-le', 'ignore'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('Σéß'.find('\t'), 'Σéß'.rfind('\t'), 'Σéß'.count('\t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80'.find('\udc80'), '\udc80'.rfind('\udc80'), '\udc80'.count('\udc80'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.join(['Σİİbb\n', 'Σİİbb\n']), 'Σİİbb\n' * 2, len('Σİİbb\n'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İ bİ\udfff\n'.find(''), 'İ bİ\udfff\n'.rfind(''), 'İ bİ\udfff\n'.count(''))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\t€\nß'.partition('é') if 'é' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''[-2:7:3])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('Σ\n'.encode('utf-8', 'surrogatepass').decode('ascii', 'surrogatepass'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İ😀'.replace('\udc80', '€é'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('é\ud800\udc00'.center(1, 'İ'), 'é\ud800\udc00'.zfill(5), 'é\ud800\udc00'.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((sorted(['', '\udc80Σ', '1\t\ud8000']), hash('') == hash(''[:]), {'': 1}.get('\udc80Σ'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\n\udc80'.join(['\udfff\udc80\ud800\udfff\udc80', '\udfff\udc80\ud800\udfff\udc80']), '\udfff\udc80\ud800\udfff\udc80' * 2, len('\udfff\udc80\ud800\udfff\udc80'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' Σ😀éb\udbff'.translate({55298: '\udc00', 97: None}), ' Σ😀éb\udbff'.removeprefix('\ud800\udbff'), ' Σ😀éb\udbff'.endswith('\ud800\udbff'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([24, 67, 250, 116, 23]).decode('utf-8', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.strip('\udc80\udbff'), ''.lstrip(), ''.rstrip('\udc80\udbff'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc800😀�'.upper(), '\udc800😀�'.lower(), '\udc800😀�'.title(), '\udc800😀�'.swapcase(), '\udc800😀�'.casefold(), '\udc800😀�'.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc80'.upper(), '\udc80'.lower(), '\udc80'.title(), '\udc80'.swapcase(), '\udc80'.casefold(), '\udc80'.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.upper(), ''.lower(), ''.title(), ''.swapcase(), ''.casefold(), ''.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\t \n'.center(0, 'b'), '\t \n'.zfill(5), '\t \n'.expandtabs(3))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('0\udc801Σİ'[7:-7:1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''[-4:-5:1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((bytes([89, 158, 32, 153, 24, 244]).decode('ascii', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('�Σ '.partition('Σé') if 'Σé' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.replace('😀', '\t\udc00'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\ud800b\ud8000�'.splitlines(True), '\ud800b\ud8000�'.isprintable(), '\ud800b\ud8000�'.isidentifier(), '\ud800b\ud8000�'.isspace(), '\ud800b\ud8000�'.islower(), '\ud800b\ud8000�'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€ İaé' < '😀', '€ İaé' == '😀', '€ İaé' + '😀', '😀' in '€ İaé')))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('\udc00', '', '\udc00'), '{:^7}|{!a}'.format('\udc00', ''), format('\udc00', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('😀\udfff'.encode('utf-8', 'surrogatepass').decode('utf-8', 'strict'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('😀1\udbff', '', '😀1\udbff'), '{:^7}|{!a}'.format('😀1\udbff', ''), format('😀1\udbff', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1 1é'.replace('', 'a\t'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((''.upper(), ''.lower(), ''.title(), ''.swapcase(), ''.casefold(), ''.capitalize())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('aab\nb'.find(' b'), 'aab\nb'.rfind(' b'), 'aab\nb'.count(' b'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('1\udc80€0 \udfff'.partition('') if '' else 0)))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('€'.replace('', 'b '))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udc00'.join(['\udbffß\t\n\t€', '\udbffß\t\n\t€']), '\udbffß\t\n\t€' * 2, len('\udbffß\t\n\t€'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\ud800a\udc80'.replace('\udbff', '\udc80\udc00'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İß\udbffa�a'.strip('İ'), 'İß\udbffa�a'.lstrip(), 'İß\udbffa�a'.rstrip('İ'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('ßb'.find('1€'), 'ßb'.rfind('1€'), 'ßb'.count('1€'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('\udbffé�a'.replace('€\udbff', 'a\udc80'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(([ord(c) for c in '\tßé'], list(reversed('\tßé')))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('İ\ud8001é\udbff€'[-6:3:1])))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii(('%5s|%-4r|%.2s' % ('0\t\udc00', '\t', '0\t\udc00'), '{:^7}|{!a}'.format('0\t\udc00', '\t'), format('0\t\udc00', '>6.3'))))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
try:
    print(ascii((' �a'.splitlines(True), ' �a'.isprintable(), ' �a'.isidentifier(), ' �a'.isspace(), ' �a'.islower(), ' �a'.istitle())))
except Exception as e:
    print(type(e).__name__, ascii(str(e)))
