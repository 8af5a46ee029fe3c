from .items import Item
from .inventory import Inventory


def load_sample(inv):
    for name, qty, price in [("bolt", 120, 0.25), ("nut", 300, 0.1), ("gear", 12, 7.5)]:
        inv.add(Item(name, price), qty)
