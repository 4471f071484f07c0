from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
staff = [
    Employee("Ann", "eng", 120000),
    Employee("Bob", "ops"),
    Employee("Cid", "eng", 95000),
    Employee._make(["Dee", "ops", 70000]),
]
for e in staff:
    print(e)
print(max(staff, key=lambda e: e.salary).name, sum([e.salary for e in staff]))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
raise_ = [e._replace(salary=e.salary + 1000) for e in staff if e.dept == "ops"]
print(raise_)
print([e._asdict() for e in staff[:2]])
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
Point3 = namedtuple("Point3", ["x", "y", "z"])
pts = [Point3(1, 2, 3), Point3(-1, 0, 5)]
print([Point3(*[a + b for a, b in zip(p, (1, 1, 1))]) for p in pts])
print(Point3(1, 2, 3) == (1, 2, 3), Point3(1, 2, 3) == Point3(1, 2, 3), Point3(1, 2, 3) < Point3(1, 2, 4))
x, y, z = pts[1]
print(x, y, z, pts[1][1:], len(pts[1]))
Pair = namedtuple("Pair", "left right")
p = Pair(left=[1], right={"k": 1})
p.left.append(2)
print(p, p.right["k"])
print(Employee._fields, Employee._field_defaults, Employee.__name__)
print(set([Pair(1, 2), Pair(1, 2), Pair(2, 1)]) == {Pair(1, 2), Pair(2, 1)})
