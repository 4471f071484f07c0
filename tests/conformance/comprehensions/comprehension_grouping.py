# Grouping, filtering and transforming records with comprehensions.
people = [
    {"name": "Ann", "dept": "eng", "salary": 120},
    {"name": "Bob", "dept": "ops", "salary": 90},
    {"name": "Cid", "dept": "eng", "salary": 110},
    {"name": "Dee", "dept": "sales", "salary": 80},
    {"name": "Eve", "dept": "ops", "salary": 95},
]
depts = sorted({p["dept"] for p in people})
print(depts)
by_dept = {d: [p["name"] for p in people if p["dept"] == d] for d in depts}
print(by_dept)
payroll = {d: sum([p["salary"] for p in people if p["dept"] == d]) for d in depts}
print(payroll)
avg = {d: payroll[d] / len(by_dept[d]) for d in depts}
print(avg)
high = [p["name"] for p in people if p["salary"] > 100]
print(high)
index = {p["name"]: i for i, p in enumerate(people)}
print(index)
pairs = [(a["name"], b["name"]) for a in people for b in people if a["dept"] == b["dept"] and a["name"] < b["name"]]
print(pairs)
raised = [{**p, "salary": p["salary"] + 10} for p in people if p["dept"] == "ops"]
print(raised)
print([p["salary"] for p in people])
