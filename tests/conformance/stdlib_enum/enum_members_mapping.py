from enum import Enum

class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3

members = Planet.__members__
print(members)
print(type(members).__name__)
print(len(members), 'EARTH' in members, 'PLUTO' in members)
print(list(members.keys()))
print(list(members.values()))
print(members['VENUS'])
print(members.get('MARS'))
try:
    members['PLUTO'] = 9
except TypeError as e:
    print(type(e).__name__, e)
print(Planet._member_names_)
print(Planet._value2member_map_)
