from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal('0.01')
prices = [Decimal('19.99'), Decimal('5.25'), Decimal('0.10'), Decimal('3.333')]
subtotal = sum(prices)
tax = (subtotal * Decimal('0.0825')).quantize(CENT, rounding=ROUND_HALF_UP)
total = subtotal + tax
print(subtotal, tax, total)
print(total.quantize(CENT))
split = (total / 3).quantize(CENT)
print(split, split * 3, total - split * 3)
for amount in ['1234567.891', '-0.005', '1000', '0.125']:
    d = Decimal(amount).quantize(CENT, ROUND_HALF_UP)
    print(f"{d:,}", f"{d:>12,.2f}", f"{d:.1f}")
rate = Decimal('0.05')
balance = Decimal('1000.00')
for year in range(1, 6):
    balance = (balance * (1 + rate)).quantize(CENT, ROUND_HALF_UP)
    print(year, balance)
