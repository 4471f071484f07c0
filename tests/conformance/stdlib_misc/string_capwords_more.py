# capwords over many separators and spacing patterns; constants membership checks.
import string

samples = ["hello world", "  many   spaces  here ", "tabs\tand\nnewlines", "ALL CAPS", "mIxEd cAsE", "", "one"]
for s in samples:
    print(repr(s), repr(string.capwords(s)), repr(string.capwords(s, " ")))
print(string.capwords("a--b--c", "--"), string.capwords("x_y_z", "_"))
print([c in string.punctuation for c in "a!b?"], [c in string.whitespace for c in " x\t"])
print(sorted(set(string.hexdigits)) == sorted(set("0123456789abcdefABCDEF")), string.octdigits)
