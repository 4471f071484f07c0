eg = ExceptionGroup("with notes", [RuntimeError("inner")])
eg.add_note("group level note")
eg.exceptions[0].add_note("inner note")
raise eg
