import sys
# sys.exit("msg") prints the message to stderr and exits with 1.
print("before exit")
sys.exit("fatal: something went wrong")
