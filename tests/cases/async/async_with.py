def run(coro):
    try:
        while True:
            print("  loop got", coro.send(None))
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return "raised " + type(e).__name__ + ": " + str(e)

class Tick:
    def __await__(self):
        yield "tick"

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        await Tick()
        return self.suppress

async def main():
    async with CM("a") as x:
        print("body", x)
    async with CM("b") as b, CM("c") as c:
        print("body", b, c)
    async with CM("s", True):
        raise ValueError("suppressed")
    print("after suppressed")
    async with CM("r"):
        raise KeyError("propagates")
print(run(main()))

async def early():
    for i in range(3):
        async with CM(str(i)):
            if i == 1:
                return "returned at 1"
            if i == 0:
                continue
print(run(early()))

class NoAenter: pass
class NoAexit:
    async def __aenter__(self): pass
class SyncOnly:
    def __enter__(self): pass
    def __exit__(self, *a): pass
class BadEnter:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
class BadExit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 2
for cls in [NoAenter, NoAexit, SyncOnly, BadEnter, BadExit]:
    async def use():
        async with cls():
            pass
    print(cls.__name__, run(use()))

async def sync_with():
    with CM("sync"):
        pass
print(run(sync_with()))
