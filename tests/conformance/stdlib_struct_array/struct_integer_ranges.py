import struct

def attempt(fmt, value):
    try:
        print(fmt, value, struct.pack(fmt, value))
    except struct.error as e:
        print(fmt, value, type(e).__name__, e)

for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q']:
    for value in [-1, 300, 70000, 2**31, 2**63, -2**63 - 1, 2**70]:
        attempt('<' + fmt, value)
for fmt in ['b', 'h', 'i', 'l', 'I', 'L', 'n', 'N', 'P']:
    attempt(fmt, -1)
    attempt(fmt, 2**40)
attempt('<i', 'x')
attempt('<i', 1.5)
attempt('<q', 2.0)
attempt('<i', None)
