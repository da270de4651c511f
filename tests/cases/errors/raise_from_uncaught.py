try:
    {}["missing"]
except KeyError as e:
    raise LookupError("wrapped") from e
