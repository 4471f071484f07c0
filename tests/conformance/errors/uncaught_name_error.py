# Uncaught NameError.
def compute():
    result = 6 * 7
    print("result is", result)
    return answer
print("calling compute")
compute()
