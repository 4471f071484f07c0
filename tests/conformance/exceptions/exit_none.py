import sys
print("exit None is success")
sys.exit(None)
print("not printed")
