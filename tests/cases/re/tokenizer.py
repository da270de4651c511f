# A regex tokenizer for a small expression language (named groups, alternation, lastgroup).
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("ASSIGN", r":="),
    ("END", r";"),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"[+\-*/<>=!]=?|\*\*"),
    ("LPAREN", r"\("),
    ("RPAREN", r"\)"),
    ("COMMA", r","),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"\#[^\n]*"),
    ("MISMATCH", r"."),
]
KEYWORDS = {"if", "then", "else", "end", "while", "do", "print"}
master = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))
print(master.groups, sorted(master.groupindex.items())[:3])

def tokenize(code):
    line = 1
    line_start = 0
    for mo in master.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if ("." in value or "e" in value.lower()) else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line_start = mo.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        elif kind == "MISMATCH":
            yield ("ERROR", repr(value), line, column)
            continue
        yield (kind, value, line, column)

program = '''x := 3.5e2 + foo(1, 2.5) ;  # set x
if x >= 10 then print "big \\"x\\"" ;
else y := x ** 2 - 7 ; end
while n != 0 do n := n - 1 ; @
'''
for tok in tokenize(program):
    print(tok)

# A scanner with sub and a callable, counting token kinds.
counts = {}
def count(m):
    counts[m.lastgroup] = counts.get(m.lastgroup, 0) + 1
    return m.lastgroup[0]
print(master.sub(count, "a := 1 + 2 ; b"))
print(sorted(counts.items()))

# A key=value config parser with VERBOSE.
CONFIG = re.compile(r"""
    ^\s*(?P<key>[a-z_][a-z0-9_]*)\s*   # key
    =\s*(?P<value>"[^"]*"|[^#\n]*?)     # value
    \s*(?:\#.*)?$                       # comment
""", re.M | re.X | re.I)
text = '''
name = "demo app"   # quoted
Port=8080
debug = true # yes
 # only comment
path = /usr/local
'''
for m in CONFIG.finditer(text):
    print(m.group("key"), "=>", repr(m.group("value")))
