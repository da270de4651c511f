# json.decoder: the names programs import from here live in the package.
from json import JSONDecoder, JSONDecodeError
