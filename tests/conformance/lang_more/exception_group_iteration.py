def collect(*errors):
    problems = []
    for i, err in enumerate(errors):
        try:
            raise err
        except Exception as e:
            e.add_note(f"item {i}")
            problems.append(e)
    if problems:
        raise ExceptionGroup("validation failed", problems)


try:
    collect(ValueError("neg"), TypeError("str"), KeyError("name"))
except ExceptionGroup as eg:
    print(eg)
    for exc in eg.exceptions:
        print(type(exc).__name__, exc, exc.__notes__)
    values, others = eg.split(ValueError)
    print(len(values.exceptions), len(others.exceptions))

try:
    collect()
except ExceptionGroup:
    print("not raised")
else:
    print("no problems")
