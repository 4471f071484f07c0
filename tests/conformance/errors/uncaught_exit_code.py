# sys.exit with an explicit code after some output.
import sys
print("starting")
print("something went wrong, exiting with code 3")
print("fatal: giving up", file=sys.stderr)
sys.exit(3)
