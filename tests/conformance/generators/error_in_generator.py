# An exception escaping a generator consumed by a for loop ends the program
# with a traceback through the generator frame.

def parse_all(items):
    for item in items:
        print("parsing", item)
        yield int(item)

def total(items):
    result = 0
    for value in parse_all(items):
        result += value
        print("running total", result)
    return result

print(total(["1", "2", "3"]))
print(total(["10", "x", "30"]))
print("not reached")
