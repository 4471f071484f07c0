# Formatting floats with many precisions and types.
values = [0.0, 1.0, -1.5, 3.14159265358979, 2.5, 0.125, 1234567.891, 1e-7, 6.02214076e23, 0.3]
for v in values:
    print(f"{v!r:>22} | {v:.0f} | {v:.3f} | {v:.2e} | {v:g} | {v:.3g} | {v:10.4}")
for p in range(0, 8):
    print(p, f"{2 / 3:.{p}f}", f"{2 / 3:.{p}e}", f"{2 / 3:.{p}g}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {3.5:.0f} {-0.5:.0f}")
print(f"{1.25:.1f} {1.35:.1f} {1.45:.1f} {2.675:.2f}")
print(f"{123.456:010.2f} {-123.456:+010.2f} {123.456:<10.1f}|")
print(f"{1e16:.0f} {1.5e300:.2e} {2 ** 0.5:.15f}")
print(f"{100:.2%} {0.0001:.3%}")
print(str(1e15), str(1e16), str(1.5e-4), str(1.5e-5))
