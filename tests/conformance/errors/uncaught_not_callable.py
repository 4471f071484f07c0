# TypeError from calling a non-callable value.
handlers = {"greet": lambda name: "hello " + name, "count": 3}
print(handlers["greet"]("ann"))
print("count is", handlers["count"])
print(handlers["count"]("bob"))
