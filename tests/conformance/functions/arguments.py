# Positional, default, keyword arguments.
def describe(name, age, city="Paris", country="France"):
    return f"{name} ({age}) from {city}, {country}"
print(describe("Ann", 30))
print(describe("Bob", 25, "Lyon"))
print(describe("Cid", 40, country="Spain"))
print(describe(age=22, name="Dee"))
print(describe("Eve", city="Rome", age=35, country="Italy"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
args = ("Fay", 50)
print(describe(*args))
kwargs = {"city": "Oslo", "country": "Norway"}
print(describe("Gus", 60, **kwargs))
print(describe(*["Hal", 70], **{"country": "Chile"}))
def no_args():
    return "nothing"
print(no_args())
def returns_none(x):
    x + 1
print(returns_none(1))
def multi():
    return 1, "two", [3]
a, b, c = multi()
print(a, b, c, multi())
def early(x):
    if x > 0:
        return "positive"
    print("not positive")
print(early(5), early(-5))
