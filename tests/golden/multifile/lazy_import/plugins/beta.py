from . import alpha

print("beta plugin loaded")


def run():
    return "beta uses " + alpha.run()
