def show(e):
    print(type(e).__name__, repr(str(e)), "cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    show(e)
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    show(e)
try:
    raise TypeError("t") from ValueError
except TypeError as e:
    show(e)
try:
    raise TypeError("t") from 5
except TypeError as e:
    show(e)
try:
    raise 5
except TypeError as e:
    show(e)
try:
    raise ValueError
except ValueError as e:
    show(e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    show(e)
def nested_context():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            try:
                raise ValueError("b")
            except ValueError:
                raise TypeError("c")
    except TypeError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(type(cur).__name__)
            cur = cur.__context__
        print(chain)
nested_context()
try:
    try:
        raise ValueError("x")
    except ValueError as e:
        raise
except ValueError as e:
    show(e)
try:
    raise
except RuntimeError as e:
    show(e)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError", err)
try:
    e.__context__ = "x"
except TypeError as err:
    print("TypeError", err)
def gen_ctx():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = gen_ctx()
next(g)
g.close()
try:
    try:
        {}["missing"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as r:
    print(repr(r.__cause__), r.__cause__ is r.__context__)
x = None
try:
    1 / 0
except ZeroDivisionError as x:
    pass
try:
    print(x)
except NameError as ne:
    print("NameError", ne)
