e = ValueError("bad value")
e.add_note("note one")
e.add_note("the last note")
raise e
