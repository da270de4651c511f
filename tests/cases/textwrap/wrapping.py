import textwrap
from textwrap import TextWrapper, wrap, fill, shorten

text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module "
        "handles hyphenated-words, well-known phrases and long-running sentences--with "
        "em-dashes--quite nicely. Supercalifragilisticexpialidocious is long.")
for width in (10, 15, 20, 33, 50, 79):
    print(width, wrap(text, width))
print(fill(text, 40))
print(fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(wrap(text, 12, break_long_words=False))
print(wrap(text, 12, break_on_hyphens=False))
print(wrap('a-b-c-d-e-f-g-h', 4), wrap('co-operate re-entry x-ray', 6), wrap('one--two three---four', 5))
print(wrap('123-456-789 abc-def-ghi', 5), wrap('well-known-long-hyphenated-word', 10))
print(wrap('tabs\there\tand\tthere', 12), wrap('tabs\there', 12, expand_tabs=False, replace_whitespace=False))
print(wrap('tabs\there', 30, tabsize=4))
print(wrap('line one\nline two\n\nline four', 40))
print(wrap('keep   spaces   between', 8, drop_whitespace=False))
print(wrap('   leading and trailing   ', 10), wrap('   leading and trailing   ', 10, drop_whitespace=False))
print(wrap(text, 25, max_lines=3), wrap(text, 25, max_lines=2, placeholder='...'))
print(wrap('Hello there.  How are you? Fine.', 15, fix_sentence_endings=True))
print(wrap('', 10), wrap('   ', 10), wrap('x', 1), wrap('abcdef', 1))
print(shorten('Hello  world!   How are you?', 12), shorten('Hello world', 11), shorten('Hello world', 10, placeholder='~'))
print(shorten(text, 60), '|', shorten('tiny', 5))
for bad in [lambda: wrap('abc', 0), lambda: shorten('a b c', 3), lambda: wrap('abc def', 5, max_lines=1, placeholder=' [.....]')]:
    try:
        print(bad())
    except ValueError as e:
        print(type(e).__name__, e)
w = TextWrapper(width=20, initial_indent='> ', subsequent_indent='>> ', max_lines=4)
print(w.wrap(text))
w.width = 35
print(w.fill(text))
print(TextWrapper().width, TextWrapper().placeholder, TextWrapper().tabsize)
