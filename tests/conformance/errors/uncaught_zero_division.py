# Uncaught ZeroDivisionError at the end of the script.
def average(values):
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([10]))
print("about to divide by zero")
print(average([]))
