print(round(number=2.5), round(2.567, ndigits=2), round(7, None))
