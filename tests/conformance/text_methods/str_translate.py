# str.translate with dicts, lists, callables-free mapping objects and deletion.
table = {ord("a"): "A", ord("b"): None, ord("c"): ord("C"), ord("d"): "dd", ord("😀"): "smile", 0x41: 0x1F600}
print("abcdabcd 😀 A".translate(table))
print("hello".translate({}), "hello".translate({104: ""}), "".translate(table))
lst = [chr(i) for i in range(128)]
lst[ord("x")] = "X"
lst[ord("y")] = None
print("xyzzy".translate(lst), "é".translate(lst))
class Upper:
    def __getitem__(self, key):
        if key == ord("q"):
            raise LookupError("skip")
        return chr(key).upper()
print("quick".translate(Upper()))
class Bad:
    def __getitem__(self, key):
        raise ValueError("boom " + str(key))
for bad in [lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: b"x"}), lambda: "a".translate(Bad()),
            lambda: "a".translate({97: -1}), lambda: "a".translate({97: 0x110000}), lambda: "a".translate(), lambda: "a".translate(5)]:
    try:
        print(repr(bad()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr("a".translate({97: 0})), repr("ab".translate({97: 0x10FFFF})))
