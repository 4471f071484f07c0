from enum import Enum

class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

print(Weekday(1), Weekday(3))
print(Weekday['TUESDAY'])
print(Weekday(2) is Weekday.TUESDAY)
print(Weekday(Weekday.MONDAY))
print(getattr(Weekday, 'WEDNESDAY'))
name = 'MONDAY'
print(Weekday[name].value)
for value in [1, 2, 3]:
    print(value, Weekday(value).name)
try:
    Weekday(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Weekday('MONDAY')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Weekday['FRIDAY']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Weekday.FRIDAY
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(Weekday, 'MONDAY'), hasattr(Weekday, 'SUNDAY'))
