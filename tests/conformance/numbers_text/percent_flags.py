# printf-style flags, width and precision.
for v in [0, 7, -7, 255]:
    print("[%5d][%-5d][%05d][%+d][% d][%+5d][%-+5d][% 05d][%#x][%#o][%#X][%#08x][%-#8x][%.3d][%8.3d][%-8.3d]"
          % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
for v in [3.14159, -2.5, 0.0, 1e10]:
    print("[%10.2f][%-10.2f][%010.2f][%+.1f][% .3f][%#.0f][%.0e][%#.0e][%10.3g][%-#10g][%+010.1e]"
          % (v, v, v, v, v, v, v, v, v, v, v))
print("[%10s][%-10s][%.2s][%10.2s][%-10.2s]" % ("text", "text", "text", "text", "text"))
print("[%5r][%-8r]" % ("a", 1), "[%3c][%-3c]" % ("x", "y"))
print("[%5%]" if False else "[%%]" % ())
