"""An inventory report: a multi-file ophis example (a package with relative imports)."""

from store import Inventory, load_sample
from store.report import format_report
import store.pricing as pricing


def main():
    inv = Inventory()
    load_sample(inv)
    inv.remove("bolt", 30)
    print(format_report(inv))
    print(f"total value: {pricing.money(inv.value())}")
    try:
        inv.remove("widget", 1)
    except KeyError as e:
        print("error:", e)


if __name__ == "__main__":
    main()
