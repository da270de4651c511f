__all__ = ["pub", "sub1", "_hidden_but_listed"]
pub = 1
_hidden_but_listed = 2
not_listed = 3
