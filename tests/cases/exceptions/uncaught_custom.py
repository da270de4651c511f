class MyError(Exception):
    pass
print("before")
raise MyError("custom message")
