# printf-style formatting of bytes and bytearray.
print(b"%s|%5s|%-5s|" % (b"ab", b"cd", bytearray(b"ef")))
print(b"%d %x %X %o %05d %+d %c %c %%" % (42, 255, 255, 8, -3, 1, 65, b"z"))
print(b"%r %a" % ("é", b"x"), b"%.2f %e %g" % (3.14159, 1e5, 1e-5), b"%(k)s" % {b"k": b"v"})
print(bytearray(b"%s-%d") % (b"x", 5), b"%b" % b"raw", b"%4b|" % bytearray(b"q"))
for fmt, args in [(b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%b", 1), (b"%s %s", (b"a",)),
                  (b"%(k)s", {"k": b"v"}), (b"%y", 1)]:
    try:
        print(fmt, fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
