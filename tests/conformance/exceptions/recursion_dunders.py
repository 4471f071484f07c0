# Deep recursion through dunder methods, key functions and builtins ends in RecursionError.
class GetAttr:
    def __getattr__(self, name):
        return getattr(self, name + "x")

try:
    GetAttr().a
except RecursionError:
    print("__getattr__ RecursionError")

class Repr:
    def __repr__(self):
        return repr(self)

try:
    repr(Repr())
except RecursionError:
    print("__repr__ RecursionError")

class Str:
    def __str__(self):
        return str(self)

try:
    str(Str())
except RecursionError:
    print("__str__ RecursionError")

class Eq:
    def __eq__(self, other):
        return self == other

try:
    Eq() == Eq()
except RecursionError:
    print("__eq__ RecursionError")

class Hash:
    def __hash__(self):
        return hash(self)

try:
    hash(Hash())
except RecursionError:
    print("__hash__ RecursionError")

class Add:
    def __add__(self, other):
        return self + other

try:
    Add() + 1
except RecursionError:
    print("__add__ RecursionError")

class Len:
    def __len__(self):
        return len(self)

try:
    len(Len())
except RecursionError:
    print("__len__ RecursionError")

class GetItem:
    def __getitem__(self, i):
        return self[i + 1]

try:
    GetItem()[0]
except RecursionError:
    print("__getitem__ RecursionError")

def key(x):
    return sorted([x], key=key)

try:
    sorted([1, 2], key=key)
except RecursionError:
    print("sorted key RecursionError")

def m(x):
    return list(map(m, [x]))

try:
    m(1)
except RecursionError:
    print("map RecursionError")

f = lambda x: list(filter(f, [x]))
try:
    f(1)
except RecursionError:
    print("filter RecursionError")

class Init:
    def __init__(self):
        Init()

try:
    Init()
except RecursionError:
    print("__init__ RecursionError")

class Bool:
    def __bool__(self):
        return bool(self)

try:
    if Bool():
        pass
except RecursionError:
    print("__bool__ RecursionError")

class Iter:
    def __iter__(self):
        return iter(self)

try:
    iter(Iter())
except RecursionError:
    print("__iter__ RecursionError")

class Contains:
    def __contains__(self, x):
        return x in self

try:
    1 in Contains()
except RecursionError:
    print("__contains__ RecursionError")

nested = []
for i in range(100):
    nested = [nested]
print(len(repr(nested)))

class Lt:
    def __lt__(self, other):
        return self < other

try:
    sorted([Lt(), Lt()])
except RecursionError:
    print("__lt__ in sort RecursionError")

class Setattr:
    def __setattr__(self, name, value):
        setattr(self, name, value)

try:
    Setattr().x = 1
except RecursionError:
    print("__setattr__ RecursionError")

def call_max(x):
    return max([x], key=call_max)

try:
    call_max(1)
except RecursionError:
    print("max key RecursionError")
print("still running")
