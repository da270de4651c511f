# string.Template: the class pattern, subclass hooks (delimiter, idpattern, braceidpattern,
# flags, a whole pattern), get_identifiers and is_valid.
import re
import string
from string import Template

print(type(Template.pattern).__name__, Template.pattern.flags & re.VERBOSE != 0,
      Template.pattern.flags & re.IGNORECASE != 0)
print(sorted(Template.pattern.groupindex))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)

t = Template("$who likes ${what}; $$5 for $Who and ${who}")
print(t.substitute(who="tim", what="ham", Who="X"))
print(t.get_identifiers(), t.is_valid())
print(Template("$ bad").is_valid(), Template("${1x}").is_valid(), Template("$$").is_valid())
print(Template("a $x $y $x ${z}").get_identifiers())
print(Template("a $x $ ${").get_identifiers())

for s in ["$", "abc $", "line1\nline2 $ here", "${", "x ${1}"]:
    try:
        Template(s).substitute()
    except ValueError as e:
        print("ValueError", e)
try:
    Template("$missing").substitute({})
except KeyError as e:
    print("KeyError", e)
print(Template("$missing and $ and ${brace} $$").safe_substitute())
print(Template("$a $b").substitute({"a": 1, "b": 2}, b=3))
print(Template("$a").substitute({"a": [1, 2]}))


class Percent(Template):
    delimiter = '%'


print(Percent("%x costs %% %{y}").substitute(x="tea", y=1))
print(Percent.pattern.pattern.count('%'))
print(Percent("%x $y").get_identifiers())


class Dotted(Template):
    idpattern = r'[a-z][_a-z0-9]*(?:\.[a-z][_a-z0-9]*)*'


print(Dotted("$user.name is ${user.age}").safe_substitute({"user.name": "ann"}))
print(Dotted("$user.name").get_identifiers())


class CaseSensitive(Template):
    flags = 0
    idpattern = '[a-z]+'


print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2))
print(CaseSensitive("$abc $ABC").is_valid())


class Braces(Template):
    braceidpattern = r'[^}]+'


print(Braces("${a b} $c").substitute({"a b": 1, "c": 2}))
print(Braces("${a b} $c").get_identifiers())


class Custom(Template):
    delimiter = '#'
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    '''


print(Custom("#a #<b> ## #").safe_substitute(a=1, b=2))
print(Custom("#a #<b>").get_identifiers(), Custom("#a #<b>").is_valid())
print(Custom.pattern.flags & re.VERBOSE != 0)


class Broken(Template):
    pattern = r'(?P<named>x)|(?P<escaped>y)|(?P<braced>z)|(?P<invalid>w)|(?P<other>q)'


for meth in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    try:
        b = Broken("q")
        print(getattr(b, meth)() if meth in ("is_valid", "get_identifiers") else
              getattr(b, meth)({}))
    except ValueError as e:
        print(meth, "ValueError", e.args[0], e.args[1] is Broken.pattern)


class Sub(Percent):
    pass


print(Sub("%v").substitute(v="inherited"), Sub.pattern is not Percent.pattern)
print(string.Template.__init_subclass__.__self__ is Template)
print(t.template)
