from enum import Enum, nonmember, member

class Config(Enum):
    _ignore_ = ['scratch']
    scratch = 5
    DEBUG = 1
    RELEASE = 2
    LIMIT = nonmember(10)

    def helper(self):
        return self.value * Config.LIMIT

print(list(Config))
print(Config.LIMIT, Config.RELEASE.helper())
print(hasattr(Config, 'scratch'))

class WithFunc(Enum):
    A = 1
    def B(self):
        return 'method'
    C = member(lambda: 'lambda member')

print([m.name for m in WithFunc])
print(WithFunc.A.B(), WithFunc.C.value())
