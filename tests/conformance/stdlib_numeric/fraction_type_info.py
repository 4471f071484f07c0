import fractions
from fractions import Fraction

f = Fraction(2, 3)
print(type(f).__name__, type(f) is Fraction, isinstance(f, Fraction), isinstance(1, Fraction))
print(Fraction.__name__, repr(Fraction))
print(fractions.Fraction is Fraction)
print(hasattr(f, 'limit_denominator'), hasattr(f, 'numerator'), hasattr(f, 'nothing'))
try:
    f.nothing
except AttributeError as e:
    print("AttributeError", e)
print(callable(Fraction.from_float))
import copy
print(copy.copy(f) == f, copy.deepcopy(f) == f)
