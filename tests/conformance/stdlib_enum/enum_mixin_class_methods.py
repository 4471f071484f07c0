from enum import Enum

class PrettyMixin:
    def pretty(self):
        return '*' + self.name.lower() + '*'

class Tone(PrettyMixin, Enum):
    SOFT = 1
    LOUD = 2

print(Tone.SOFT.pretty(), Tone.LOUD)
print(repr(Tone.LOUD), [t.pretty() for t in Tone])
print(isinstance(Tone.SOFT, PrettyMixin))
print(Tone(2), Tone['SOFT'].value)
