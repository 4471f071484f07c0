# sys.exit with an explicit code after some output.
import sys
print("starting")
print("something went wrong, exiting with code 3")
sys.exit(3)
