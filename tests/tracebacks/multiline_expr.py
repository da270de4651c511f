x = [1, 2, 3]
result = (x[0] +
          x[1] +
          undefined_name)
