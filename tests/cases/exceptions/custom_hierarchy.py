class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, code):
        super().__init__(f"{table} failed")
        self.table = table
        self.code = code
class NetError(AppError):
    def __str__(self):
        return "network is down"
for exc in [DbError("users", 7), NetError(), AppError("generic"), ValueError("other")]:
    try:
        raise exc
    except DbError as e:
        print("db", e, e.table, e.code, e.args)
    except AppError as e:
        print("app", type(e).__name__, e, e.args)
    except Exception as e:
        print("exception", repr(e))
print(issubclass(DbError, Exception), DbError.__mro__[1].__name__, isinstance(NetError(), BaseException))
class WithRepr(Exception):
    pass
print(repr(WithRepr()), repr(WithRepr(1)), repr(WithRepr(1, "a")), str(WithRepr(1, "a")), str(WithRepr()))
