def area(width, height):
    result = widht * height
    return result
area(2, 3)
