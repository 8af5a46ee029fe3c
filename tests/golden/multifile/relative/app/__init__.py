from .core import engine
from .core.util.text import shout
from . import config


def run():
    return shout(engine.start(config.MODE))
