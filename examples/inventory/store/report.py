from .pricing import money


def format_report(inv):
    lines = [f"{'item':<8}{'qty':>6}{'value':>14}"]
    for name in sorted(inv.stock):
        item, qty = inv.stock[name]
        lines.append(f"{name:<8}{qty:>6}{money(item.price * qty):>14}")
    return "\n".join(lines)
