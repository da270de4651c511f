class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(field, msg)
try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e.args)
raise ValidationError("name", "required")
