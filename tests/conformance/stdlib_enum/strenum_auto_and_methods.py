from enum import StrEnum, auto

class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = auto()

print([m.value for m in Method])
print(Method.GET == 'get', Method('post'), repr(Method.DELETE))
print(Method.POST.upper(), Method.POST.title(), Method.DELETE.replace('e', 'E'))
print(Method.GET.split('e'), Method.POST.center(8, '.'))
print(Method.GET in ['get', 'put'], 'pos' in Method.POST)
print(f"{Method.GET}|{Method.POST:>6}|{Method.DELETE!r}")
print(','.join(Method), sorted(Method, reverse=True))
routes = {Method.GET: 'read', 'post': 'write'}
print(routes['get'], routes[Method.POST])
print(str(Method.GET) == 'get', type(str(Method.GET)).__name__)
