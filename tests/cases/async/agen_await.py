# Async generators that await: values pass up to the loop; yields go to the consumer.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        v = yield self.label
        return v

async def ticker(n):
    for i in range(n):
        got = await Tick("t%d" % i)
        yield (i, got)

async def consumer():
    seen = []
    async for item in ticker(3):
        seen.append(item)
        await Tick("consumer")
    return seen

c = consumer()
counter = 0
try:
    v = c.send(None)
    while True:
        print("loop:", v)
        counter += 1
        v = c.send(counter * 10)
except StopIteration as e:
    print("result", e.value)

ag = ticker(2)
aw = ag.__anext__()
print(aw.send(None))
print(ag.ag_running, type(ag.ag_await).__name__)
try:
    ag.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    ag.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    ag.athrow(ValueError).send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    aw.send("hello")
except StopIteration as e:
    print("first item", e.value)
print(ag.ag_running, ag.ag_await)

async def inner_gen():
    try:
        yield 1
        await Tick("inner")
        yield 2
    finally:
        print("inner finally")
async def delegating():
    async for x in inner_gen():
        yield x * 100
async def main():
    async for v in delegating():
        print("got", v)
m = main()
try:
    while True:
        print("loop:", m.send(None))
except StopIteration:
    print("main done")

async def aclose_while_awaiting():
    try:
        await Tick("waiting")
        yield 1
    finally:
        print("finally runs on aclose")
a = aclose_while_awaiting()
print(a.__anext__().send(None))
cl = a.aclose()
try:
    cl.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print("dropping the generator")
del a, cl
print("after del")
