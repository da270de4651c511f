NAME = __name__
PKG = __package__
def where():
    return __name__
