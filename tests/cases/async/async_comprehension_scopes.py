srcs = [
    "async def f(ag):\n    return [[x async for x in ag] for _ in range(2)]\n",
    "async def f(ag):\n    return [x for x in [y async for y in ag]]\n",
    "def f(ag):\n    return [x async for x in ag]\n",
    "def f(ag):\n    return (x async for x in ag)\n",
    "async def f(ag):\n    return {x: [y async for y in ag] for x in range(2)}\n",
    "def f():\n    return [await x for x in y]\n",
    "async def f():\n    return [lambda: await x for x in y]\n",
    "async def f():\n    g = (x async for x in y)\n    return [z async for z in g]\n",
    "[x async for x in y]\n",
    "class C:\n    [x async for x in y]\n",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
async def agen():
    for i in range(3):
        yield i
async def main():
    nested = [[x async for x in agen()] for _ in range(2)]
    inner = [x * 2 for x in [y async for y in agen()]]
    return nested, inner
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
srcs2 = [
    "[await x for x in y]\n",
    "class C:\n    [await x for x in y]\n",
    "lambda: [await x for x in y]\n",
    "def f():\n    return [[await x for x in y] for z in w]\n",
    "def f():\n    return (await x for x in y)\n",
    "def f():\n    return {await x: 1 for x in y}\n",
    "async def f():\n    def g():\n        return [await x for x in y]\n",
]
srcs2 += ["(await x for x in y)\n", "class C:\n    (await x for x in y)\n", "lambda: (await x for x in y)\n", "(x async for x in y)\n"]
for s in srcs2:
    try:
        compile(s, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
class T:
    def __await__(self):
        yield "t"
        return 5
g = (await T() for _ in range(2))
print(type(g).__name__)
a = g.__anext__()
print(a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
