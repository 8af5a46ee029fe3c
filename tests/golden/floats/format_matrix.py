# A matrix of float values against format specs, built with nested f-strings.
values = [0.0, -0.0, 1.0, -2.5, 3.14159265, 1234567.891, 0.000123456, 1e-10, 6.02214076e23, -1e100, 0.5, 99.995]
specs = [".3e", "g", ",.2f", ">10.4", "+.1%", ".0f", "10.3g", "<12,", "^+11.2e", ".10g", "#.0f", "08.2f"]
for v in values:
    line = ""
    for s in specs:
        line += ("|" if line else "") + f"{v:{s}}"
    print(line)
for w in [1, 6, 12]:
    for p in [0, 2, 5]:
        print(f"[{3.14159:{w}.{p}f}] [{-2.71828:>{w}.{p}e}] [{1234.5678:^{w},.{p}f}]")
print(f"{1e16:g} {1e-5:g} {123456.0:g} {1234567.0:g} {0.0001234:g} {-0.0:g}")
print(f"{1.5:.0e} {2.5:.0e} {0.125:.1e} {9.999e9:.2e} {9.9951:.2f} {9.995:.2f}")
print(f"{0.1:.17f} {0.1:.1f} {1/3:.15g} {2/3:.16g} {2/3:.17g}")
print(format(1234.5, ","), format(-1234.5, "_"), format(1e6, ",.0f"), format(12.0, "+"))
print(format(0.001, "%"), format(1.0, ".0%"), format(-0.125, "+.2%"), format(1e-7, ".3%"))
print(f"{float('inf'):,.2f} {float('-inf'):+g} {float('nan'):^9.3f}|")
print(f"{100.0:=^+12.1f} {-3.0:0=10.2f} {42.0:x>8}")
