# Objects still referenced by module globals are finalized at exit, after the program's output.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
first = Resource("first")
second = Resource("second")
_private = Resource("_private")
items = [Resource("in list"), Resource("in list 2")]
table = {"k": Resource("in dict")}
pair = (Resource("in tuple"),)
replaced = Resource("replaced")
replaced = Resource("replacement")
temp = Resource("deleted early")
del temp
def helper():
    return first
helper.attr = Resource("function attribute")
class Holder:
    shared = Resource("class attribute")
print("end of program")
