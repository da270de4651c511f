# json.encoder: the names programs import from here live in the package.
from json import JSONEncoder
from _json import encode_basestring, encode_basestring_ascii
py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
