import sys
print("False is 0")
sys.exit(False)
