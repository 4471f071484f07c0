from enum import Enum

class Animal(str, Enum):
    DOG = 'dog'
    CAT = 'cat'

print(Animal.DOG, repr(Animal.DOG), str(Animal.CAT))
print(format(Animal.DOG), f"{Animal.CAT}")
print(Animal.DOG == 'dog', Animal('cat'), Animal.CAT.value)
print(isinstance(Animal.DOG, str), Animal.DOG.upper(), Animal.DOG + 's')
print(sorted(Animal))
print([a.value for a in Animal])
