from .items import Item


class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, item, qty):
        assert isinstance(item, Item)
        old = self.stock.get(item.name, (item, 0))[1]
        self.stock[item.name] = (item, old + qty)

    def remove(self, name, qty):
        if name not in self.stock:
            raise KeyError(f"no such item: {name}")
        item, old = self.stock[name]
        self.stock[name] = (item, old - qty)

    def value(self):
        return sum([item.price * qty for item, qty in self.stock.values()])
