# An exception raised while handling another one.
def risky(n):
    return 100 // n
for n in [5, 4]:
    print(risky(n))
try:
    risky(0)
except ZeroDivisionError:
    print("handling division error")
    fallback = {"value": 1}
    print(fallback["missing"])
