d = {}
print("lookup")
d["missing key"]
