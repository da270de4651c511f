stack = [1, 2]
stack.pop()
stack.pop()
print(stack)
stack.pop()
