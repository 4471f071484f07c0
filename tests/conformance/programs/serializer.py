# A tiny JSON-like serializer and parser written by hand.
def dump(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return '"' + out + '"'
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = [pad + "  " + dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = [pad + "  " + dump(str(k)) + ": " + dump(v, indent + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")

class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0
    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t":
            self.i += 1
    def value(self):
        self.ws()
        ch = self.text[self.i]
        if ch == "{":
            self.i += 1
            result = {}
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return result
            while True:
                self.ws()
                key = self.value()
                self.ws()
                self.i += 1
                result[key] = self.value()
                self.ws()
                sep = self.text[self.i]
                self.i += 1
                if sep == "}":
                    return result
        if ch == "[":
            self.i += 1
            result = []
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return result
            while True:
                result.append(self.value())
                self.ws()
                sep = self.text[self.i]
                self.i += 1
                if sep == "]":
                    return result
        if ch == '"':
            self.i += 1
            out = []
            while self.text[self.i] != '"':
                c = self.text[self.i]
                if c == "\\":
                    self.i += 1
                    c = {"n": "\n"}.get(self.text[self.i], self.text[self.i])
                out.append(c)
                self.i += 1
            self.i += 1
            return "".join(out)
        for word, val in [("null", None), ("true", True), ("false", False)]:
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "-+.0123456789eE":
            self.i += 1
        num = self.text[start:self.i]
        return float(num) if any([c in num for c in ".eE"]) else int(num)

doc = {"name": "Pyrolyn", "version": 1.5, "tags": ["compiler", "c#"], "stable": False,
       "owner": None, "stats": {"files": 120, "ratio": 0.25, "big": 2 ** 70},
       "quote": 'say "hi"\nbye', "empty": [], "nothing": {}}
text = dump(doc)
print(text)
back = Parser(text).value()
print(back == doc)
print(back["stats"]["big"], back["quote"])
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
