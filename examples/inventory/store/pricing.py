CURRENCY = "EUR"


def money(x):
    return f"{x:,.2f} {CURRENCY}"
