import json


def check(label, s):
    try:
        print(label, repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(label, "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


check("empty", "")
check("spaces", "   ")
check("open brace", "{")
check("trailing comma obj", '{"a":1,}')
check("trailing comma arr", "[1,]")
check("open bracket", "[")
check("no colon", '{"a" 1}')
check("no value", '{"a":}')
check("unterminated", '"abc')
check("bad escape", '"a\\x"')
check("short unicode", '"\\u12"')
check("bad unicode", '"\\u12zz"')
check("bad low surrogate", '"\\ud83d\\uzzzz"')
check("extra data", "1 2")
check("nul", "nul")
check("minus", "-")
check("leading zero", "01")
check("trailing dot", "1.")
check("control char", '"a\nb"')
check("missing comma", "[1 2]")
check("int key", "{1:2}")
check("bom", "\ufeff1")
check("second line", "  \n  x")
check("third line", "[1,\n2,\n]")
check("backslash end", '"\\')
check("obj missing comma", '{"a":1 "b":2}')
check("tru", "tru")
check("extra after obj", '{"a":1}x')
check("single quotes", "{'a': 1}")
check("python none", "None")
check("python true", "True")
check("hex", "0x10")
check("plus", "+1")
check("dot first", ".5")
check("exp only", "1e")
check("non-bmp before", '["\U0001f600", x]')
check("nested", '{"a": [1, {"b": }]}')
check("deep line", '{\n  "a": 1,\n  "b": [\n    1,\n    oops\n  ]\n}')
check("ok", '{"fine": true}')
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("[")
except ValueError as e:
    print("as ValueError:", type(e).__name__, e.args)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError)
