from ..config import MODE
from .util import text
from . import util
from .. import config

NAME = "engine"


def start(mode):
    return f"{NAME} started in {mode} mode (default {MODE}, config {config.MODE})"


def helper_name():
    return util.__name__ + " / " + text.__name__
