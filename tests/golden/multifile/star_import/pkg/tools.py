__all__ = ["tool"]


def tool():
    return "tool from pkg.tools"
