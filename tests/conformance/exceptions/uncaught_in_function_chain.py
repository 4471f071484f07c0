class Store:
    def get(self, key):
        try:
            return {"x": 1}[key]
        except KeyError as e:
            raise LookupError(f"no {key}") from e

def run():
    s = Store()
    print(s.get("x"))
    try:
        s.get("y")
    except LookupError:
        raise ValueError("run failed")

run()
