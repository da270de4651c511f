import traceback, warnings, linecache
def inner():
    raise ValueError('bad value')
def outer():
    inner()
try:
    outer()
except ValueError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
print(repr(linecache.getline(__file__, 2)), linecache.getline(__file__, 999), linecache.getline('<string>', 1) == '')
print(traceback.extract_stack()[-1].line)
print(warnings.formatwarning('m', UserWarning, __file__, 4).replace(__file__, 'FILE'))
