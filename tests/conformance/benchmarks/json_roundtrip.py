# benchmark-args: 2
# JSON round trips: build nested records, dumps (compact, indented, sorted keys), loads them
# back, check equality and aggregate, as a config- or API-heavy program does.
import json
import sys


def make_record(i):
    return {
        "id": i,
        "name": f"user{i:05d}",
        "active": i % 3 != 0,
        "score": round((i * 7919 % 1000) / 7.0, 4),
        "tags": ["t%d" % (i % 7), "t%d" % (i % 11)],
        "address": {"city": ["Oslo", "Lima", "Kyoto", "Accra"][i % 4], "zip": str(10000 + i % 9000)},
        "history": [{"day": d, "value": (i * d) % 97} for d in range(i % 4)],
        "note": None if i % 5 else "caf\u00e9 \"quoted\" \\ tab\t",
    }


def round_trip(records):
    compact = json.dumps(records, separators=(",", ":"))
    pretty = json.dumps(records, indent=2, sort_keys=True)
    ascii_off = json.dumps(records, ensure_ascii=False)
    back = json.loads(compact)
    assert back == records
    assert json.loads(pretty) == records
    assert json.loads(ascii_off) == records
    return len(compact), len(pretty), len(ascii_off), back


def aggregate(records):
    by_city = {}
    for r in records:
        city = r["address"]["city"]
        entry = by_city.setdefault(city, {"count": 0, "score": 0.0, "active": 0})
        entry["count"] += 1
        entry["score"] += r["score"]
        entry["active"] += r["active"]
    return {k: {"count": v["count"], "score": round(v["score"], 2), "active": v["active"]}
            for k, v in sorted(by_city.items())}


SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
records = [make_record(i) for i in range(2000 * SCALE)]
total = [0, 0, 0]
for _ in range(3):
    a, b, c, records = round_trip(records)
    total[0] += a
    total[1] += b
    total[2] += c
print("sizes:", total)
print(json.dumps(aggregate(records), sort_keys=True))
print(json.dumps(records[7], indent=1))
