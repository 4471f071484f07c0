import json

data = {"id": 7, "items": ["x", "y"], "ok": True, "ratio": 0.25}
with open("_tmp_json_files.json", "w") as f:
    json.dump(data, f)
with open("_tmp_json_files.json") as f:
    print(f.read())
with open("_tmp_json_files.json") as f:
    back = json.load(f)
print(back, back == data)
with open("_tmp_json_files.json", "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open("_tmp_json_files.json") as f:
    text = f.read()
print(text)
print(json.loads(text) == data)
with open("_tmp_json_files.json", "w") as f:
    json.dump([1, "\u00e9"], f, ensure_ascii=False)
    f.write("\n")
with open("_tmp_json_files.json", encoding="utf-8") as f:
    print(repr(f.read()))
with open("_tmp_json_files.json", "w") as f:
    f.write('{"broken": ')
try:
    with open("_tmp_json_files.json") as f:
        json.load(f)
except json.JSONDecodeError as e:
    print("error:", e)
