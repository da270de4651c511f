"""A small Markdown-to-HTML converter built on re: headings, lists, emphasis, links, code."""
import re

INLINE = [
    (re.compile(r"`([^`]+)`"), lambda m: f"<code>{m.group(1)}</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"<em>\1</em>"),
    (re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)(?:\s+\"(?P<title>[^\"]*)\")?\)"),
     lambda m: '<a href="{}"{}>{}</a>'.format(m["url"], f' title="{m["title"]}"' if m["title"] else "", m["text"])),
    (re.compile(r"~~(.+?)~~"), r"<del>\1</del>"),
]
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")
FENCE = re.compile(r"^```(\w*)$")


def inline(text):
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append("<code>" + part[1:-1].replace("&", "&amp;").replace("<", "&lt;") + "</code>")
            continue
        part = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        for pattern, repl in INLINE[1:]:
            part = pattern.sub(repl, part)
        out.append(part)
    return "".join(out)


def convert(md):
    out, para, list_stack, code = [], [], [], None

    def flush_para():
        if para:
            out.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    def close_lists(depth=0):
        while len(list_stack) > depth:
            out.append(f"</{list_stack.pop()}>")

    for line in md.splitlines():
        if code is not None:
            if line.strip() == "```":
                out.append(f'<pre><code{code}>' + "\n".join(buf) + "</code></pre>")
                code = None
            else:
                buf.append(line.replace("&", "&amp;").replace("<", "&lt;"))
            continue
        if m := FENCE.match(line.strip()):
            flush_para()
            close_lists()
            code = f' class="language-{m[1]}"' if m[1] else ""
            buf = []
        elif m := HEADING.match(line):
            flush_para()
            close_lists()
            level = len(m.group(1))
            slug = re.sub(r"[^\w]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif m := ITEM.match(line):
            flush_para()
            depth = len(m.group(1)) // 2 + 1
            kind = "ol" if m.group(2)[0].isdigit() else "ul"
            while len(list_stack) < depth:
                list_stack.append(kind)
                out.append(f"<{kind}>")
            close_lists(depth)
            out.append(f"<li>{inline(m.group(3))}</li>")
        elif not line.strip():
            flush_para()
            close_lists()
        elif re.fullmatch(r"\s*(?:-{3,}|\*{3,})\s*", line):
            flush_para()
            out.append("<hr>")
        else:
            close_lists()
            para.append(line.strip())
    flush_para()
    close_lists()
    return "\n".join(out)


DOC = """# Copperhead *notes* #

Copperhead is **fast**, *small* and `embeddable` -- see [the docs](https://example.org/docs "Docs")
or [source](http://x.y/z). Use `a < b && c` safely; ~~slow~~ code is *not* welcome.

## Steps
1. Clone
2. Build with `cargo build`
  - debug
  - release **optimized**
3. Run

* a single *star* item
* 2 * 3 * 4 stays plain

---
```python
def f(x):
    return x < 3 and "&"
```
Trailing paragraph with a_snake_case_name and **bold *nested* emphasis**.
"""
print(convert(DOC))
print(re.sub(r"(?m)^(\w+)", lambda m: m[1].upper(), "one two\nthree four"))
print(re.findall(r"\b(\w)(\w*)\b", "hello big world"), re.split(r"\s*[,;]\s*", "a , b;c ,d"))
