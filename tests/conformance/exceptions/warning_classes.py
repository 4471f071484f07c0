# The warning categories are exceptions too.
ws = [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
      RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
      ResourceWarning, EncodingWarning]
for w in ws:
    e = w("careful")
    print(w.__name__, w.__bases__[0].__name__, repr(e), str(e), isinstance(e, Exception))
try:
    raise DeprecationWarning("old api")
except Warning as e:
    print("caught", type(e).__name__, e)
try:
    raise UserWarning
except Exception as e:
    print("caught", repr(e))
