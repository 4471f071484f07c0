import json

doc = """
{
  "store": {
    "book": [
      {"category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95},
      {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99, "isbn": null},
      {"category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord", "price": 22.99, "tags": ["epic", "\\u00e9pique"]}
    ],
    "bicycle": {"color": "red", "price": 19.95, "gears": [1, 2, 3]}
  },
  "expensive": 10,
  "flags": [true, false, null],
  "escaped": "tab\\tquote\\"slash\\/backslash\\\\",
  "numbers": [0, -0, 1.0, 1e2, 1E-2, -12.5e+3, 123456789012345678901234567890]
}
"""
data = json.loads(doc)
print(sorted(data))
books = data["store"]["book"]
print([b["title"] for b in books if b["price"] < data["expensive"]])
print([b.get("isbn", "n/a") for b in books])
print(books[2]["tags"], data["escaped"])
print(data["numbers"], [type(n).__name__ for n in data["numbers"]])
print(data["flags"], data["store"]["bicycle"])
print(sum([b["price"] for b in books]))
print(json.loads('[[[[[[[[[[1]]]]]]]]]]'), json.loads('{"a":{"b":{"c":{}}}}'))
print(json.loads('"\\u0000"') == "\x00", json.loads('"\\u00"' + 'e9"') if False else json.loads('"\\u00e9"'))
keys = json.loads('{"3": 1, "1": 2, "2": 3}', object_pairs_hook=lambda kv: [k for k, v in kv])
print(keys)
nums = json.loads("[1, 2.5, 3]", parse_int=float, parse_float=str)
print(nums)
print(json.loads(" [ ] "), json.loads(" { } "), json.loads('\t"x"\n'))
