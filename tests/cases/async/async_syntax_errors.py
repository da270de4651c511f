srcs = [
    "def f():\n    await x\n",
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for i in x:\n        pass\n",
    "def f():\n    return [i async for i in x]\n",
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "await x\n",
    "async def f():\n    return [await i for i in x]\n",
    "async def f():\n    return (await i for i in x)\n",
    "def f():\n    return (i async for i in x)\n",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    lambda: await x\n",
    "async def f():\n    return {i: await i async for i in x}\n",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
async def f(): pass
c = f()
print([n for n in ("cr_suspended", "cr_origin") if hasattr(c, n)])
c.close()
async def g(): yield
a = g()
print([n for n in ("ag_suspended",) if hasattr(a, n)])
def h(): yield
print([n for n in ("gi_suspended",) if hasattr(h(), n)])
