try:
    [][1]
except IndexError:
    raise LookupError("clean message") from None
