# benchmark-args: 5
# Float loops: an ASCII Mandelbrot set (float multiply/add, while loops, comparisons).
import sys


def mandel(width, height, max_iter):
    rows = []
    inside = 0
    for y in range(height):
        ci = (y / height) * 2.4 - 1.2
        row = []
        for x in range(width):
            cr = (x / width) * 3.5 - 2.5
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i += 1
            if i == max_iter:
                inside += 1
                row.append("#")
            else:
                row.append(" .:-=+*%@"[i % 9])
        rows.append("".join(row))
    return rows, inside


SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
rows, inside = mandel(200, 80, 800 * SCALE)
for r in rows[::10]:
    print(r)
print("points inside:", inside)
