# UnboundLocalError: a local variable read before assignment.
total = 10
def add(n):
    print("adding", n)
    total = total + n
    return total
print("start total", total)
add(5)
