import sys
print("tuple code")
sys.exit((1, "two"))
