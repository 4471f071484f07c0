class Quiet(Exception):
    pass
print("quiet")
raise Quiet
