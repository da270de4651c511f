# json.scanner: make_scanner(context) gives the scan_once(string, idx) -> (value, end)
# function a JSONDecoder uses, raising StopIteration(idx) where no JSON value starts. Ours
# wraps the native `_json` scanner.
import _json

__all__ = ['make_scanner']


def __getattr__(name):
    # NUMBER_RE is made on first use: importing json should not import re.
    if name == 'NUMBER_RE':
        import re
        global NUMBER_RE
        NUMBER_RE = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
                               (re.VERBOSE | re.MULTILINE | re.DOTALL))
        return NUMBER_RE
    raise AttributeError("module 'json.scanner' has no attribute %r" % name)


def py_make_scanner(context):
    from json.decoder import JSONDecodeError

    def scan_once(string, idx):
        if idx < 0 or idx >= len(string) or string[idx] in ' \t\n\r':
            raise StopIteration(idx)
        try:
            return _json.scan(string, idx, False, context.strict, context.object_hook,
                              context.object_pairs_hook, context.parse_float,
                              context.parse_int, context.parse_constant, JSONDecodeError)
        except JSONDecodeError as e:
            if e.pos == idx:
                raise StopIteration(idx) from None
            raise

    return scan_once


c_make_scanner = py_make_scanner
make_scanner = py_make_scanner
