# int.to_bytes: byteorder, signed, lengths and OverflowError messages.
for v in [0, 1, 127, 128, 255, 256, 1000, 65535, -1, -128, -129, -32768, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 10 ** 30]:
    out = []
    for length in [1, 2, 4, 8, 16]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                try:
                    out.append(v.to_bytes(length, order, signed=signed).hex())
                except OverflowError as e:
                    out.append("OF:" + str(e))
    print(v, out)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (5).to_bytes(), (0).to_bytes(0, "big"), (255).to_bytes(length=1))
print((-1).to_bytes(3, "little", signed=True), True.to_bytes(1, "big"))
for bad in [lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "middle"), lambda: (1).to_bytes(1, 5), lambda: (1).to_bytes("1", "big"),
            lambda: (256).to_bytes(0, "big"), lambda: (1).to_bytes(1, "big", True), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1.0)]:
    try:
        print(bad())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
