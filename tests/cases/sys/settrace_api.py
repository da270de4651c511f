# sys.settrace/gettrace/setprofile/getprofile and frame.f_trace as an API.
import sys

def tracer(frame, event, arg):
    return None

print(sys.gettrace(), sys.getprofile())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
sys.setprofile(tracer)
print(sys.getprofile() is tracer)
sys.setprofile(None)
print(sys.getprofile())
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace = tracer
print(f.f_trace is tracer)
del f.f_trace
print(f.f_trace)
try:
    sys.settrace()
except TypeError as e:
    print("TypeError")
