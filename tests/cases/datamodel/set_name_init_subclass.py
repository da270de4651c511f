class Field:
    registry = []
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        Field.registry.append((owner.__name__, name))
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Model:
    fields = {}
    def __init_subclass__(cls, /, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.table = table or cls.__name__.lower()
        cls.fields = {k: v for k, v in cls.__dict__.items() if isinstance(v, Field)}
class User(Model, table="users"):
    name = Field()
    email = Field()
class Admin(User):
    level = Field()
print(Field.registry)
print(User.table, sorted(User.fields), Admin.table, sorted(Admin.fields))
u = User()
print(u.name)
u.name = "ann"
print(u.name, vars(u))
class Tracked:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Host:
    a = Tracked()
    b = c = Tracked()
Host.late = Tracked()
print("late assignment does not call __set_name__")
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(f"refuse {name}")
try:
    class H2:
        x = Bad()
except Exception as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Base, color="red"):
    pass
class GrandChild(Child):
    pass
try:
    class Wrong(object, unexpected=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Plugin:
    plugins = []
    def __init_subclass__(cls):
        Plugin.plugins.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
class C(A): pass
print(Plugin.plugins)
class WithClassmethodHook:
    @classmethod
    def __init_subclass__(cls):
        cls.hooked = True
class Sub(WithClassmethodHook):
    pass
print(Sub.hooked)
