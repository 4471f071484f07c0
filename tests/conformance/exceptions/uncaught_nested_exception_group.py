def validate():
    errors = [KeyError("missing"), ExceptionGroup("nested", [ValueError(1), ValueError(2)])]
    raise ExceptionGroup("validation", errors)


print("start")
validate()
