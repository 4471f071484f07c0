class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance


a = Account(10)
print(a.balance)
try:
    a.balance = 5
except AttributeError as e:
    print(e)
try:
    del a.balance
except AttributeError as e:
    print(e)
print(a.balance)
a.balance = 20
