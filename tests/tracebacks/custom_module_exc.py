class AppError(Exception):
    pass
def load(path):
    raise AppError(f"cannot load {path!r}")
load("config.toml")
