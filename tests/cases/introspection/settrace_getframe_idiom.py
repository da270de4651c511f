# The idiom sys.settrace(fn); sys._getframe().f_trace = fn traces the current frame too.
import sys
def tr(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tr
def main():
    a = 1
    sys.settrace(tr)
    sys._getframe().f_trace = tr
    b = 2
    for i in range(2):
        c = i
    sys.settrace(None)
    d = 4
    return a + b
main()
a = 1
sys.settrace(tr); sys._getframe().f_trace = tr
b = 2
def inner():
    return 5
inner()
sys.settrace(None)
print("end")
