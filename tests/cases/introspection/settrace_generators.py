# Generators get a 'call' event on every resume and 'return' on every yield.
import sys

def show(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, repr(arg))
    return show

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return

def driver():
    g = gen(3)
    print(next(g))
    print(g.send("hello"))
    for v in g:
        print("loop", v)

sys.settrace(show)
driver()
total = sum(i for i in range(3))
sys.settrace(None)
print(total)
