def g():
    try:
        yield 1
    finally:
        print("finally at exit")
x = g()
next(x)
async def ag():
    try:
        yield 1
    finally:
        print("agen finally at exit")
y = ag()
try:
    y.__anext__().send(None)
except StopIteration:
    pass
print("end of program")
